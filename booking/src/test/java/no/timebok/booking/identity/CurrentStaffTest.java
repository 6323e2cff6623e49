package no.timebok.booking.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentStaffTest {

    private static final StaffMember KARI = new StaffMember(7, "kari", "Kari Nordmann", Set.of(StaffRole.RECEPTION),
            Set.of(11L));

    @Test
    void aMemberTheLoginCheckReadIsTheRequestsCallerWithoutAQueryOfItsOwn() {
        // No security context and no repository: a query or a look at the caller would fail.
        CurrentStaff current = new CurrentStaff();
        assertNull(current.users);

        current.checkedAs(KARI);

        assertEquals(KARI, current.get());
        assertEquals(Set.of(11L), current.clinicIds());
    }

    @Test
    void joiningAClinicShowsInTheRestOfTheRequest() {
        CurrentStaff current = new CurrentStaff();
        current.checkedAs(KARI);

        current.joined(31L);

        assertEquals(Set.of(11L, 31L), current.clinicIds());
        assertEquals(KARI.roles(), current.get().roles());
    }
}

package no.timebok.booking.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void theJoinedRowsOfOneAccountFoldIntoItsRolesAndClinics() {
        // Two roles by two clinics: the join's four rows, after the session's own columns.
        List<Object[]> rows = List.of(
                new Object[] {"session", StaffRole.RECEPTION, 11L},
                new Object[] {"session", StaffRole.RECEPTION, 31L},
                new Object[] {"session", StaffRole.PRIVACY, 11L},
                new Object[] {"session", StaffRole.PRIVACY, 31L});

        StaffMember member = StaffMember.fromJoinedRows(7, "kari", "Kari Nordmann", rows, 1);

        assertEquals(new StaffMember(7, "kari", "Kari Nordmann", Set.of(StaffRole.RECEPTION, StaffRole.PRIVACY),
                Set.of(11L, 31L)), member);
    }

    @Test
    void anAccountWithoutClinicsOrRolesHasNone() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {StaffRole.ADMIN, null});

        StaffMember admin = StaffMember.fromJoinedRows(1, "admin", "Admin", rows, 0);
        StaffMember bare = StaffMember.fromJoinedRows(2, "new", "New", List.<Object[]>of(new Object[] {null, null}), 0);

        assertEquals(Set.of(StaffRole.ADMIN), admin.roles());
        assertEquals(Set.of(), admin.clinicIds());
        assertEquals(Set.of(), bare.roles());
        assertEquals(Set.of(), bare.clinicIds());
    }
}

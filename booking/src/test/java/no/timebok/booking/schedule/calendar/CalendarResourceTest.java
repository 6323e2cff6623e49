package no.timebok.booking.schedule.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class CalendarResourceTest {

    @Test
    void eachWrongParameterIsNamedBeforeAnythingIsRead() {
        CalendarResource resource = new CalendarResource();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> resource.show("abc", "2027-02-30", "8"));
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> resource.show(null, null, "0"));

        assertEquals(Map.of("resource", "staff.resource.invalid", "from", "staff.calendar.from.invalid",
                "days", "staff.calendar.days.invalid"), e.errors().asMap());
        assertEquals(Map.of("resource", "staff.resource.invalid", "days", "staff.calendar.days.invalid"),
                missing.errors().asMap());
    }
}

package no.timebok.booking.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Contact details read as people expect them on a page, and nothing missing shows as "null". */
class ContactWordingTest {

    @Test
    void organisationNumbersInGroupsOfThree() {
        assertEquals("974 760 673", ContactWording.organisationNumber("974760673"));
        assertEquals("", ContactWording.organisationNumber(null));
        assertEquals("", ContactWording.organisationNumber(" "));
    }

    @Test
    void phonesInInternationalFormWithALink() {
        assertEquals("+47 22 00 00 01", ContactWording.phone("+4722000001"));
        assertEquals("+47 91 23 45 67", ContactWording.phone("+4791234567"));
        assertEquals("tel:+4722000001", ContactWording.phoneLink("+4722000001"));
        assertEquals("", ContactWording.phone(null));
        assertEquals("", ContactWording.phoneLink(null));
    }
}

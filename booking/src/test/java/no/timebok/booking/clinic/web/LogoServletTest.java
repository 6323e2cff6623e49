package no.timebok.booking.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.timebok.booking.clinic.Logo;
import org.junit.jupiter.api.Test;

class LogoServletTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Test
    void theEntityTagFollowsTheImageAndIsQuoted() {
        Logo logo = Logo.read(PNG).orElseThrow();
        byte[] changed = PNG.clone();
        changed[10] = 4;

        assertTrue(logo.entityTag().matches("\"[0-9a-f]{32}\""), logo.entityTag());
        assertEquals(logo.entityTag(), Logo.read(PNG.clone()).orElseThrow().entityTag());
        assertNotEquals(logo.entityTag(), Logo.read(changed).orElseThrow().entityTag());
    }

    @Test
    void aBrowserKeepsItsCopyOnlyWhenOneOfItsTagsIsTheLogosOwn() {
        String tag = "\"0123456789abcdef0123456789abcdef\"";

        assertTrue(LogoServlet.matches(tag, tag));
        assertTrue(LogoServlet.matches("\"other\", W/" + tag, tag));
        assertTrue(LogoServlet.matches("*", tag));
        assertFalse(LogoServlet.matches(null, tag));
        assertFalse(LogoServlet.matches("\"other\"", tag));
    }
}

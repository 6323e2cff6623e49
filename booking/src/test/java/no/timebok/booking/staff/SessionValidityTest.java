package no.timebok.booking.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import no.timebok.booking.identity.SessionValidity;
import org.junit.jupiter.api.Test;

class SessionValidityTest {

    private static final Instant LOGIN = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void anUnchangedActiveAccountKeepsItsSession() {
        assertTrue(new SessionValidity(true, null).keeps(LOGIN));
    }

    @Test
    void aChangeAfterTheLoginEndsTheSessionButNotTheNextLogin() {
        SessionValidity changed = new SessionValidity(true, LOGIN.plusSeconds(60));

        assertFalse(changed.keeps(LOGIN));
        assertTrue(changed.keeps(LOGIN.plusSeconds(61)));
    }

    @Test
    void aDeactivatedAccountKeepsNoSession() {
        assertFalse(new SessionValidity(false, null).keeps(LOGIN));
    }
}

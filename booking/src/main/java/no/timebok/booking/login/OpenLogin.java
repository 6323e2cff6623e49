package no.timebok.booking.login;

import java.time.Duration;
import java.time.Instant;
import no.timebok.booking.identity.SessionValidity;
import no.timebok.booking.identity.StaffMember;

/**
 * A login still in the database, with what decides whether it may go on and the member it logs in:
 * read in one query on every staff request, and when another node takes the login over.
 */
public record OpenLogin(Instant loggedInAt, SessionValidity validity, StaffMember member) {

    long staffUserId() {
        return member.id();
    }

    /** Within the absolute lifetime from login, and the account neither deactivated nor changed since. */
    boolean holdsAt(Instant now, Duration lifetime) {
        return !loggedInAt.plus(lifetime).isBefore(now) && validity.keeps(loggedInAt);
    }
}

package no.timebok.booking.login;

import java.time.Duration;
import java.time.Instant;
import no.timebok.booking.identity.SessionValidity;

/**
 * A login still in the database, with what decides whether it may go on: read in one query on
 * every staff request, and when another node takes the login over.
 */
public record OpenLogin(long staffUserId, Instant loggedInAt, SessionValidity validity) {

    /** For the query's constructor expression: the account's two columns as they are read. */
    public OpenLogin(long staffUserId, Instant loggedInAt, boolean active, Instant sessionsValidFrom) {
        this(staffUserId, loggedInAt, new SessionValidity(active, sessionsValidFrom));
    }

    /** Within the absolute lifetime from login, and the account neither deactivated nor changed since. */
    boolean holdsAt(Instant now, Duration lifetime) {
        return !loggedInAt.plus(lifetime).isBefore(now) && validity.keeps(loggedInAt);
    }
}

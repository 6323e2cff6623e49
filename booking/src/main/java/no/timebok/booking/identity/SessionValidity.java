package no.timebok.booking.identity;

import java.time.Instant;

/**
 * What decides whether an account's open session may go on: the account is active, and no
 * administrator changed it after the session logged in. Read on every staff request, so it is two
 * columns, not the whole account.
 */
public record SessionValidity(boolean active, Instant sessionsValidFrom) {

    public boolean keeps(Instant loggedInAt) {
        return active && (sessionsValidFrom == null || !loggedInAt.isBefore(sessionsValidFrom));
    }
}

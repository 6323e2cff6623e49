package no.timebok.booking.login;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.common.config.TimebokConfig;

/**
 * Logins kept in the database, so that any node can take over a receptionist whose node died. A
 * node's own HTTP session stays the fast path; this is asked only when that session is missing.
 */
@Stateless
public class StaffSessionService {

    @Inject
    StaffSessionRepository sessions;

    @Inject
    StaffUserRepository users;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** Records a login that has just succeeded, and returns the token for the caller's cookie. */
    public String open(String username, Instant loggedInAt) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no such account"));
        sessions.removeLoggedInBefore(loggedInAt.minus(config.staffSessionLifetime()));
        StaffSession.Opened opened = StaffSession.open(user.id(), loggedInAt);
        sessions.add(opened.session());
        return opened.token();
    }

    /**
     * The login behind a token, if it still holds: within the absolute lifetime from the original
     * login, and the account neither deactivated nor changed by an administrator since.
     */
    public Optional<Resumed> resume(String token) {
        Instant now = clock.instant();
        return sessions.findOpen(token)
                .filter(login -> login.holdsAt(now, config.staffSessionLifetime()))
                .flatMap(login -> users.find(login.staffUserId())
                        .map(user -> new Resumed(user.username(), user.groups(), login.loggedInAt())));
    }

    /** The login, unless somebody logged it out, on any node. */
    public Optional<OpenLogin> login(String token) {
        return sessions.findOpen(token);
    }

    public void end(String token) {
        sessions.removeByToken(token);
    }

    public record Resumed(String username, Set<String> groups, Instant loggedInAt) {
    }
}

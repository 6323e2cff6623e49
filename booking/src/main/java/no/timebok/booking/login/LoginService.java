package no.timebok.booking.login;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.identity.PasswordHashing;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;

/**
 * Checks a login: password, then second factor, with lockout. Every failure looks the same to the
 * caller – unknown user, wrong password, wrong code, locked – so the answer reveals nothing.
 */
@Stateless
public class LoginService {

    @Inject
    StaffUserRepository users;

    @Inject
    PasswordHashing passwords;

    @Inject
    FieldCipher cipher;

    @Inject
    TimebokConfig config;

    @Inject
    SecurityEventLog securityEvents;

    @Inject
    Clock clock;

    public Optional<LoggedIn> login(String username, String password, String code, String clientAddress) {
        if (username == null || password == null || username.length() > 60 || password.length() > 1024) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<StaffUser> found = users.findByUsername(username.strip());
        if (found.isEmpty()) {
            passwords.spendEquivalentTime(password);
            securityEvents.record(SecurityEvent.Kind.LOGIN_FAILED, null, clientAddress, "/staff/login");
            return Optional.empty();
        }
        StaffUser user = found.get();
        boolean passwordOk = passwords.matches(password, user.passwordHash());
        if (!user.canLogIn(now)) {
            securityEvents.record(SecurityEvent.Kind.LOGIN_LOCKED_OUT, user.id(), clientAddress, "/staff/login");
            return Optional.empty();
        }
        if (!passwordOk || !user.acceptsSecondFactor(code, cipher, now)) {
            user.recordFailedLogin(now, config.staffLockoutThreshold(), config.staffLockoutDuration());
            securityEvents.record(SecurityEvent.Kind.LOGIN_FAILED, user.id(), clientAddress, "/staff/login");
            return Optional.empty();
        }
        user.recordSuccessfulLogin();
        securityEvents.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, user.id(), clientAddress, "/staff/login");
        return Optional.of(new LoggedIn(user.username(), user.groups()));
    }

    public record LoggedIn(String username, Set<String> groups) {
    }
}

package no.timebok.booking.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.validation.FieldErrors;

/** Creating accounts (by an administrator) and an account's own first-login setup. */
@Stateless
public class StaffAccountService {

    @Inject
    StaffUserRepository users;

    @Inject
    ClinicRepository clinics;

    @Inject
    PasswordHashing passwords;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    public StaffUser create(NewStaffAccount account) {
        FieldErrors errors = new FieldErrors();
        if (account.username() == null || !account.username().matches("[a-z][a-z0-9._-]{2,59}")) {
            errors.add("username", "staff.username.invalid");
        } else if (users.findByUsername(account.username()).isPresent()) {
            errors.add("username", "staff.username.taken");
        }
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 120) {
            errors.add("displayName", "staff.display-name.invalid");
        }
        PasswordRules.check("oneTimePassword", account.oneTimePassword(), String.valueOf(account.username()), errors);
        if (account.roles().isEmpty() || account.roles().contains(StaffRole.SETUP)) {
            errors.add("roles", "staff.roles.invalid");
        }
        if (account.clinicIds().isEmpty() || !account.clinicIds().stream().allMatch(id -> clinics.findBookable(id).isPresent())) {
            errors.add("clinicIds", "staff.clinics.invalid");
        }
        errors.throwIfAny();
        StaffUser user = StaffUser.create(account.username(), account.displayName().strip(),
                passwords.hash(account.oneTimePassword()), account.roles(), account.clinicIds(), clock.instant());
        users.add(user);
        return user;
    }

    /** The secret to show while setup is pending; empty once enrolled, so it is never shown again. */
    public java.util.Optional<byte[]> pendingTotpSecret(String username) {
        return users.findByUsername(username).flatMap(u -> u.pendingTotpSecret(cipher));
    }

    public void completeSetup(String username, String newPassword, String repeated, String code) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no such account"));
        FieldErrors errors = new FieldErrors();
        PasswordRules.check("newPassword", newPassword, username, errors);
        if (!errors.has("newPassword") && !newPassword.equals(repeated)) {
            errors.add("repeatPassword", "staff.password.mismatch");
        }
        if (!errors.has("newPassword") && passwords.matches(newPassword, user.passwordHash())) {
            errors.add("newPassword", "staff.password.same-as-one-time");
        }
        errors.throwIfAny();
        if (!user.completeSetup(passwords.hash(newPassword), code, cipher, clock.instant())) {
            new FieldErrors().add("code", "staff.totp.invalid").throwIfAny();
        }
    }

    public record NewStaffAccount(String username, String displayName, String oneTimePassword,
                                  Set<StaffRole> roles, Set<Long> clinicIds) {
    }
}

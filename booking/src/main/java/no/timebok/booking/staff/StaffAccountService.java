package no.timebok.booking.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.PasswordHashing;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.identity.StaffRole;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;

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

    @Inject
    SecurityEventLog events;

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
        PasswordRules.check("oneTimePassword", account.oneTimePassword(), account.username(), errors);
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

    /**
     * An administrator's new account, for clinics the administrator has.
     *
     * @throws no.timebok.common.error.InvalidInputException as {@link #create}, and "clinicIds"
     *         for a clinic outside the administrator's own
     */
    public StaffUser createBy(StaffMember admin, NewStaffAccount account) {
        if (!admin.clinicIds().containsAll(account.clinicIds())) {
            throw new FieldErrors().add("clinicIds", "staff.clinics.invalid").asException();
        }
        StaffUser created = create(account);
        events.record(SecurityEvent.Kind.ACCOUNT_CREATED, admin.id(), null, "/api/staff/admin/users/" + created.id());
        return created;
    }

    /** The accounts an administrator manages: those working only at clinics the administrator has. */
    public List<StaffUser> manageableBy(StaffMember admin) {
        return users.findAll().stream().filter(user -> admin.clinicIds().containsAll(user.clinicIds())).toList();
    }

    public StaffUser manageable(StaffMember admin, long id) {
        return users.find(id).filter(user -> admin.clinicIds().containsAll(user.clinicIds()))
                .orElseThrow(() -> new NotFoundException("staff.account.gone"));
    }

    /**
     * Changes name, roles, clinics or whether the account may log in. The account's open sessions
     * end. An administrator cannot take their own admin role or account away, so a clinic is never
     * left without one by a slip.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "displayName", "roles",
     *         "clinicIds" or "active"
     */
    public StaffUser change(StaffMember admin, long id, AccessChange change) {
        StaffUser user = manageable(admin, id);
        FieldErrors errors = new FieldErrors();
        if (change.displayName() == null || change.displayName().isBlank() || change.displayName().length() > 120) {
            errors.add("displayName", "staff.display-name.invalid");
        }
        if (change.roles().isEmpty() || change.roles().contains(StaffRole.SETUP)) {
            errors.add("roles", "staff.roles.invalid");
        }
        if (change.clinicIds().isEmpty() || !admin.clinicIds().containsAll(change.clinicIds())) {
            errors.add("clinicIds", "staff.clinics.invalid");
        }
        if (user.id() == admin.id() && (!change.active() || !change.roles().contains(StaffRole.ADMIN))) {
            errors.add(change.active() ? "roles" : "active", "staff.self.lockout");
        }
        errors.throwIfAny();
        user.changeAccess(change.displayName().strip(), change.roles(), change.clinicIds(), change.active(), clock.instant());
        events.record(SecurityEvent.Kind.ACCOUNT_CHANGED, admin.id(), null, "/api/staff/admin/users/" + id);
        return user;
    }

    /**
     * A new one-time password for a forgotten password or a lost phone: the account sets itself up
     * again (new password, new TOTP) at its next login.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "oneTimePassword"
     */
    public StaffUser reset(StaffMember admin, long id, String oneTimePassword) {
        StaffUser user = manageable(admin, id);
        FieldErrors errors = new FieldErrors();
        PasswordRules.check("oneTimePassword", oneTimePassword, user.username(), errors);
        errors.throwIfAny();
        user.resetCredentials(passwords.hash(oneTimePassword), clock.instant());
        events.record(SecurityEvent.Kind.CREDENTIALS_RESET, admin.id(), null, "/api/staff/admin/users/" + id);
        return user;
    }

    public record AccessChange(String displayName, Set<StaffRole> roles, Set<Long> clinicIds, boolean active) {
    }

    public record NewStaffAccount(String username, String displayName, String oneTimePassword,
                                  Set<StaffRole> roles, Set<Long> clinicIds) {
    }
}

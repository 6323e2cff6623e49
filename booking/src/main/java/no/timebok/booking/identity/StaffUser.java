package no.timebok.booking.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A staff account. It keeps its own login rules: lockout after failed attempts, a second factor that
 * can't be replayed, and a first login that can do nothing but set a new password and enrol TOTP.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "totp_secret_sealed")
    private byte[] totpSecretSealed;

    @Column(name = "totp_enrolled", nullable = false)
    private boolean totpEnrolled;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    @Convert(converter = UtcInstantConverter.class)
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sessions_valid_from")
    @Convert(converter = UtcInstantConverter.class)
    private Instant sessionsValidFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_clinic", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "clinic_id")
    private Set<Long> clinicIds = new TreeSet<>();

    @Version
    private long version;

    protected StaffUser() {
    }

    /** A new account; its one-time password must be replaced, and TOTP enrolled, at the first login. */
    public static StaffUser create(String username, String displayName, String oneTimePasswordHash,
                                   Set<StaffRole> roles, Set<Long> clinicIds, Instant now) {
        if (roles.contains(StaffRole.SETUP) || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one of reception, admin, privacy");
        }
        StaffUser user = new StaffUser();
        user.username = username;
        user.displayName = displayName;
        user.passwordHash = oneTimePasswordHash;
        user.mustChangePassword = true;
        user.active = true;
        user.createdAt = now;
        user.roles = EnumSet.copyOf(roles);
        user.clinicIds = new TreeSet<>(clinicIds);
        return user;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean canLogIn(Instant now) {
        return active && !lockedAt(now);
    }

    /** Counts a failed attempt; the threshold-th in a row locks the account for {@code lockFor}. */
    public void recordFailedLogin(Instant now, int threshold, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= threshold) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * An administrator's change of who this is and what they may do. Sessions started before it
     * end at their next request, so removed roles or clinics stop working at once.
     */
    public void changeAccess(String newDisplayName, Set<StaffRole> newRoles, Set<Long> newClinicIds, boolean stillActive, Instant now) {
        if (newRoles.contains(StaffRole.SETUP) || newRoles.isEmpty() || newClinicIds.isEmpty()) {
            throw new IllegalArgumentException("An account needs a role and a clinic");
        }
        displayName = newDisplayName;
        roles = EnumSet.copyOf(newRoles);
        clinicIds = new TreeSet<>(newClinicIds);
        active = stillActive;
        sessionsValidFrom = now;
    }

    /**
     * The administrator who set up a new clinic works there from now on. Only access is added, so
     * open sessions go on.
     */
    public void joinClinic(long clinicId) {
        clinicIds.add(clinicId);
    }

    /**
     * For a forgotten password or a lost phone: a new one-time password, and setup (new password,
     * new TOTP enrolment) at the next login. The old secret is dropped, and open sessions end.
     */
    public void resetCredentials(String oneTimePasswordHash, Instant now) {
        passwordHash = oneTimePasswordHash;
        mustChangePassword = true;
        totpEnrolled = false;
        totpSecretSealed = null;
        failedLogins = 0;
        lockedUntil = null;
        sessionsValidFrom = now;
    }

    public boolean needsSetup() {
        return mustChangePassword || !totpEnrolled;
    }

    /**
     * Checks the second factor. An account still in setup has none yet and passes with any code:
     * it only reaches the setup page, which demands a valid code before enrolment completes.
     */
    public boolean acceptsSecondFactor(String code, FieldCipher cipher, Instant now) {
        if (!totpEnrolled) {
            return true;
        }
        OptionalLong step = TotpCodes.acceptedStep(totpSecret(cipher), code, now, totpLastStep);
        step.ifPresent(s -> totpLastStep = s);
        return step.isPresent();
    }

    /** The secret being enrolled; made on first use and shown until enrolment completes, never after. */
    public Optional<byte[]> pendingTotpSecret(FieldCipher cipher) {
        if (totpEnrolled) {
            return Optional.empty();
        }
        if (totpSecretSealed == null) {
            totpSecretSealed = cipher.sealBytes(TotpCodes.newSecret(), sealContext());
        }
        return Optional.of(totpSecret(cipher));
    }

    /** Finishes the first login: the new password replaces the one-time one and TOTP is enrolled. */
    public boolean completeSetup(String newPasswordHash, String code, FieldCipher cipher, Instant now) {
        byte[] secret = pendingTotpSecret(cipher).orElseThrow(() -> new IllegalStateException("already set up"));
        OptionalLong step = TotpCodes.acceptedStep(secret, code, now, totpLastStep);
        if (step.isEmpty()) {
            return false;
        }
        totpLastStep = step.getAsLong();
        totpEnrolled = true;
        passwordHash = newPasswordHash;
        mustChangePassword = false;
        return true;
    }

    /** The container's groups for this account: its roles, or only {@code setup} until set up. */
    public Set<String> groups() {
        if (needsSetup()) {
            return Set.of(StaffRole.SETUP.roleName());
        }
        return roles.stream().map(StaffRole::roleName).collect(Collectors.toUnmodifiableSet());
    }

    private byte[] totpSecret(FieldCipher cipher) {
        return cipher.openBytes(totpSecretSealed, sealContext());
    }

    private String sealContext() {
        return "staff_user.totp_secret/" + username;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<StaffRole> roles() {
        return Set.copyOf(roles);
    }

    public Set<Long> clinicIds() {
        return Set.copyOf(clinicIds);
    }

    public boolean active() {
        return active;
    }
}

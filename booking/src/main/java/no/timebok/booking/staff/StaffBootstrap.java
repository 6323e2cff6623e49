package no.timebok.booking.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.PasswordHashing;
import no.timebok.booking.identity.StaffRole;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;

/**
 * Creates the first administrator from configuration while no staff account exists. The code holds
 * no default password: without both keys set, no account is created.
 */
@Stateless
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    StaffUserRepository users;

    @Inject
    ClinicRepository clinics;

    @Inject
    PasswordHashing passwords;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    public void createFirstAdministratorIfNone() {
        if (users.anyExists()) {
            return;
        }
        var username = config.bootstrapAdminUsername();
        var password = config.bootstrapAdminPassword();
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning(() -> "No staff account exists; set " + ConfigKey.STAFF_BOOTSTRAP_ADMIN_USERNAME.key() + " and "
                    + ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD.key() + " to create the first administrator");
            return;
        }
        if (password.get().length() < PasswordRules.MIN_LENGTH) {
            LOG.severe(() -> ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD.key() + " is shorter than " + PasswordRules.MIN_LENGTH
                    + " characters; no administrator was created");
            return;
        }
        Set<Long> allClinics = clinics.findBookable().stream().map(Clinic::id).collect(Collectors.toSet());
        users.add(StaffUser.create(username.get(), "Administrator", passwords.hash(password.get()),
                EnumSet.of(StaffRole.ADMIN, StaffRole.PRIVACY, StaffRole.RECEPTION), allClinics, clock.instant()));
        LOG.info("Created the first administrator from configuration; it must change its password and enrol TOTP at first login");
    }
}

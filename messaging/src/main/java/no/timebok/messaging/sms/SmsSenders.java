package no.timebok.messaging.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.ClinicSenders;

/**
 * The name an SMS of a clinic goes out under: the clinic's own, as booking keeps it, or else the
 * configured default. Booking is looked up when first needed, not injected: the EAR starts
 * messaging before booking, and the relay's first run may come before booking serves.
 */
@ApplicationScoped
public class SmsSenders {

    private static final Logger LOG = Logger.getLogger(SmsSenders.class.getName());

    @Inject
    TimebokConfig config;

    private volatile ClinicSenders clinics;

    /**
     * The sender for this clinic's next SMS; empty while booking cannot be asked, when sending
     * under the default instead would put the wrong clinic's name on the patient's phone.
     */
    public Optional<String> of(long clinicId) {
        return clinics().map(found -> found.smsSender(clinicId).orElseGet(() -> config.value(ConfigKey.SMS_SENDER)));
    }

    private Optional<ClinicSenders> clinics() {
        ClinicSenders current = clinics;
        if (current == null) {
            try {
                current = (ClinicSenders) new InitialContext().lookup(ClinicSenders.JNDI_NAME);
                clinics = current;
            } catch (NamingException notYet) {
                LOG.info("Booking does not serve its clinics' SMS sender names yet; the SMS waits for it");
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }
}

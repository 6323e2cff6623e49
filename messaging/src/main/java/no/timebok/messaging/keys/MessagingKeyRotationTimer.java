package no.timebok.messaging.keys;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.ResealRound;

/**
 * At {@code timebok.crypto.reseal-interval} on every internal node: picks up a changed keyset and
 * re-seals the messages' texts under its primary key (see {@link ResealRound}). Non-persistent: the
 * progress table says where the work stands, so a restarted node resumes it.
 */
@Singleton
@Startup
@DependsOn("MessagingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessagingKeyRotationTimer {

    private static final Logger LOG = Logger.getLogger(MessagingKeyRotationTimer.class.getName());

    private final ResealRound round = new ResealRound("messaging", MessagingSealedColumns.ALL);

    @Resource
    TimerService timers;

    @Inject
    TimebokConfig config;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @EJB
    MessagingResealer resealer;

    @PostConstruct
    void schedule() {
        long interval = config.positiveDuration(ConfigKey.CRYPTO_RESEAL_INTERVAL).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("key-reseal.messaging", false));
    }

    @Timeout
    void reseal() {
        try {
            round.run(cipher, clock, config, resealer::step);
        } catch (RuntimeException e) {
            // Only the exception's kind: its message may quote a row.
            LOG.log(Level.WARNING, "Re-sealing message texts failed with {0}; retried at the next interval", e.getClass().getName());
        }
    }
}

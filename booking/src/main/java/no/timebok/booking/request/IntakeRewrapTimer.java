package no.timebok.booking.request;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import no.timebok.common.config.TimebokConfig;

/**
 * Runs {@link IntakeRewrap} on every node at {@code timebok.crypto.rewrap-interval}, batch after
 * batch until nothing is left. Non-persistent: a node that starts again simply goes on, since the
 * rows themselves say what is still to do.
 */
@Singleton
@Startup
@DependsOn("BookingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeRewrapTimer {

    private static final Logger LOG = Logger.getLogger(IntakeRewrapTimer.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    TimebokConfig config;

    @EJB
    IntakeRewrap rewrap;

    @PostConstruct
    void schedule() {
        long interval = config.rewrapInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("intake-rewrap", false));
    }

    @Timeout
    void rewrapAll() {
        try {
            while (rewrap.nextBatch(BATCH) == BATCH) {
                // The next batch; the claims skip what another node holds.
            }
        } catch (RuntimeException e) {
            // The next interval tries again; the exception's message may quote a row, so only its kind.
            LOG.log(Level.WARNING, "Rewrapping sealed intake values failed with {0}; retried at the next interval",
                    e.getClass().getName());
        }
    }
}

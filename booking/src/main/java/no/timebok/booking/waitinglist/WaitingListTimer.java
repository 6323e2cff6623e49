package no.timebok.booking.waitinglist;

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
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.Batches;

/**
 * Every {@code timebok.waiting-list.interval}, on every internal node: lapsed offers give their
 * times back, then freed times are offered, batch after batch. Not persistent: the rows say what is
 * still to do, and the claims skip what another node holds.
 */
@Singleton
@Startup
@DependsOn("BookingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitingListTimer {

    private static final Logger LOG = Logger.getLogger(WaitingListTimer.class.getName());
    private static final int BATCH = 50;

    @Resource
    TimerService timers;

    @Inject
    TimebokConfig config;

    @EJB
    OfferMatcher matcher;

    @PostConstruct
    void schedule() {
        long interval = config.positiveDuration(ConfigKey.WAITING_LIST_INTERVAL).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("waiting-list", false));
    }

    @Timeout
    void match() {
        Batches.drain(LOG, "Expiring unanswered waiting-list offers", BATCH, matcher::expireBatch);
        Batches.drain(LOG, "Offering freed times to waiting patients", BATCH, matcher::offerBatch);
    }
}

package no.timebok.booking.intake;

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
import no.timebok.booking.request.IntakeRewrap;
import no.timebok.booking.schedule.PatientNoticePickup;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.Batches;

/**
 * What the internal nodes finish of what edge nodes took, at {@code timebok.crypto.rewrap-interval}:
 * rewrapping each new request's public-key seals ({@link IntakeRewrap}), queuing the confirmation
 * an edge could not send ({@link ConfirmationPickup}) and the messages a patient's own booking, move
 * or cancellation there owes ({@link PatientNoticePickup}), batch after batch until nothing is left. On every
 * internal node and non-persistent: the rows say what is still to do, and the claims skip what
 * another node holds. Never on an edge: this class is not in its deployable.
 */
@Singleton
@Startup
@DependsOn("BookingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeFollowUpTimer {

    private static final Logger LOG = Logger.getLogger(IntakeFollowUpTimer.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    TimebokConfig config;

    @EJB
    IntakeRewrap rewrap;

    @EJB
    ConfirmationPickup confirmations;

    @EJB
    PatientNoticePickup patientNotices;

    @PostConstruct
    void schedule() {
        long interval = config.rewrapInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("intake-follow-up", false));
    }

    @Timeout
    void followUp() {
        Batches.drain(LOG, "Queuing the confirmations of requests taken by an edge", BATCH, confirmations::nextBatch);
        Batches.drain(LOG, "Sending the cancellation messages of appointments cancelled on an edge", BATCH,
                patientNotices::nextCancellations);
        Batches.drain(LOG, "Sending the messages of appointments booked or moved on an edge", BATCH,
                patientNotices::nextChanges);
        Batches.drain(LOG, "Rewrapping sealed intake values", BATCH, rewrap::nextBatch);
    }
}

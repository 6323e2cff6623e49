package no.timebok.booking.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.RetentionMetrics;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt.Trigger;
import no.timebok.common.retention.RetentionRunner;
import no.timebok.common.retention.RetentionSchedule;

/**
 * The booking policies' timers: calendar timers made at start-up on every node from the configured
 * schedules (see {@link RetentionSchedule}); daily, outside 02:00–03:00 Oslo time by default. Every
 * firing, and a check shortly after start-up, runs a policy only when it is overdue, so a missed run
 * is caught up once and the other nodes' firings, or a timer Payara re-delivers, do nothing. A watch
 * timer finishes the work of a run whose node died ({@link RetentionRunner#takeOverAbandoned}).
 * <p>
 * No transaction here: each chunk of a purge commits on its own, and the lock (not the bean's
 * concurrency) keeps runs apart, across nodes too.
 */
@Singleton
@Startup
@DependsOn("BookingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingRetentionTimers {

    private static final String WATCH = "retention.booking.watch";

    @Resource
    TimerService timers;

    @Inject
    RetentionRunner runner;

    @Inject
    TimebokConfig config;

    @Inject
    RetentionMetrics metrics;

    @EJB
    FreeTextPurge freeText;

    @EJB
    ContactDataPurge contactData;

    @PostConstruct
    void schedule() {
        RetentionSchedule.keep(timers, config, metrics, RetentionPolicy.FREE_TEXT, RetentionPolicy.CONTACT_DATA);
        timers.createSingleActionTimer(config.retentionCatchUpDelay().toMillis(), new TimerConfig("retention.booking.catch-up", false));
        long watch = config.retentionWatchInterval().toMillis();
        timers.createIntervalTimer(watch, watch, new TimerConfig(WATCH, false));
    }

    @Timeout
    void fired(Timer timer) {
        if (WATCH.equals(timer.getInfo())) {
            runner.takeOverAbandoned(freeText);
            runner.takeOverAbandoned(contactData);
            return;
        }
        Optional<RetentionPolicy> scheduled = RetentionSchedule.fired(timer, metrics);
        if (scheduled.isPresent()) {
            runner.runIfOverdue(scheduled.get() == RetentionPolicy.FREE_TEXT ? freeText : contactData, Trigger.SCHEDULE);
            return;
        }
        runner.runIfOverdue(freeText, Trigger.CATCH_UP);
        runner.runIfOverdue(contactData, Trigger.CATCH_UP);
    }
}

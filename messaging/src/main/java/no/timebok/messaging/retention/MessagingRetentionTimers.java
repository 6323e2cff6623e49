package no.timebok.messaging.retention;

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
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.RetentionMetrics;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt.Trigger;
import no.timebok.common.retention.RetentionRunner;
import no.timebok.common.retention.RetentionSchedule;

/**
 * The correspondence policy's calendar timer, made at start-up on every node from its configured
 * schedule (just after midnight on the first of each month in Oslo time by default; see
 * {@link RetentionSchedule}), and its check shortly after start-up. Both run the policy only when
 * it is overdue. A watch timer finishes the work of a run whose node died.
 */
@Singleton
@Startup
@DependsOn("MessagingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessagingRetentionTimers {

    private static final String WATCH = "retention.messaging.watch";

    @Resource
    TimerService timers;

    @Inject
    RetentionRunner runner;

    @Inject
    TimebokConfig config;

    @Inject
    RetentionMetrics metrics;

    @EJB
    CorrespondencePurge purge;

    @PostConstruct
    void schedule() {
        RetentionSchedule.keep(timers, config, metrics, RetentionPolicy.CORRESPONDENCE);
        timers.createSingleActionTimer(config.retentionCatchUpDelay().toMillis(), new TimerConfig("retention.messaging.catch-up", false));
        long watch = config.retentionWatchInterval().toMillis();
        timers.createIntervalTimer(watch, watch, new TimerConfig(WATCH, false));
    }

    @Timeout
    void fired(Timer timer) {
        if (WATCH.equals(timer.getInfo())) {
            runner.takeOverAbandoned(purge);
            return;
        }
        boolean scheduled = RetentionSchedule.fired(timer, metrics).isPresent();
        runner.runIfOverdue(purge, scheduled ? Trigger.SCHEDULE : Trigger.CATCH_UP);
    }
}

package no.timebok.messaging.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import no.timebok.common.retention.RetentionReceipt.Trigger;
import no.timebok.common.retention.RetentionRunner;
import no.timebok.common.retention.RetentionSchedule;

/**
 * The correspondence policy's persistent timer, just after midnight on the first of each month in
 * Oslo time, and its check shortly after start-up. Both run the policy only when it is overdue.
 */
@Singleton
@Startup
@DependsOn("MessagingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessagingRetentionTimers {

    private static final long CATCH_UP_DELAY_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    RetentionRunner runner;

    @EJB
    CorrespondencePurge purge;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MILLIS, new TimerConfig("retention.messaging.catch-up", false));
    }

    @Timeout
    void catchUp() {
        runner.runIfOverdue(purge, Trigger.CATCH_UP);
    }

    @Schedule(dayOfMonth = RetentionSchedule.CORRESPONDENCE_DAY_OF_MONTH, hour = RetentionSchedule.CORRESPONDENCE_HOUR,
            minute = RetentionSchedule.CORRESPONDENCE_MINUTE, timezone = RetentionSchedule.ZONE, persistent = true,
            info = "retention.correspondence")
    void monthEnd() {
        runner.runIfOverdue(purge, Trigger.SCHEDULE);
    }
}

package no.timebok.booking.retention;

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
 * The booking policies' timers. Persistent, so they live in MariaDB and survive restarts; daily,
 * outside 02:00–03:00 Oslo time. Every firing, and a check shortly after start-up, runs a policy
 * only when it is overdue, so a missed run is caught up once and a timer that Payara re-delivers or
 * duplicates after a redeploy does nothing.
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

    /** Long enough for the deployment to finish, so the catch-up never delays readiness. */
    private static final long CATCH_UP_DELAY_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    RetentionRunner runner;

    @EJB
    FreeTextPurge freeText;

    @EJB
    ContactDataPurge contactData;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MILLIS, new TimerConfig("retention.booking.catch-up", false));
    }

    @Timeout
    void catchUp() {
        runner.runIfOverdue(freeText, Trigger.CATCH_UP);
        runner.runIfOverdue(contactData, Trigger.CATCH_UP);
    }

    @Schedule(hour = RetentionSchedule.FREE_TEXT_HOUR, minute = RetentionSchedule.FREE_TEXT_MINUTE,
            timezone = RetentionSchedule.ZONE, persistent = true, info = "retention.free-text")
    void freeText() {
        runner.runIfOverdue(freeText, Trigger.SCHEDULE);
    }

    @Schedule(hour = RetentionSchedule.CONTACT_DATA_HOUR, minute = RetentionSchedule.CONTACT_DATA_MINUTE,
            timezone = RetentionSchedule.ZONE, persistent = true, info = "retention.contact-data")
    void contactData() {
        runner.runIfOverdue(contactData, Trigger.SCHEDULE);
    }
}

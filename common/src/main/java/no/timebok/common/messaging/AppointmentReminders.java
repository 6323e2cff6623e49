package no.timebok.common.messaging;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * Reminders before appointments, keyed by booking's own appointment id. Each call joins the
 * caller's transaction, so a moved or cancelled appointment and its reminder change together.
 */
@Local
public interface AppointmentReminders {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "AppointmentReminders";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.messaging.AppointmentReminders";

    /**
     * Schedules the reminder of an appointment starting at {@code start}, replacing any pending
     * reminder of the same appointment (a reschedule calls this again). The reminder goes out the
     * configured lead time before the start; a lead of whole days keeps the wall-clock time in
     * the clinic's zone across a daylight-saving change. When that moment has passed, nothing is
     * scheduled.
     *
     * @param message its kind must be {@link MessageKind#APPOINTMENT_REMINDER}
     * @return the queued reminder, or empty when it would be too late
     */
    java.util.Optional<QueuedMessage> schedule(String appointmentKey, Instant start, OutboundMessage message);

    /** Cancels the pending reminder of the appointment, if one is still unsent. */
    void cancel(String appointmentKey);
}

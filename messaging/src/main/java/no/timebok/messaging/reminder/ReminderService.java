package no.timebok.messaging.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.AppointmentReminders;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.messaging.outbox.OutboxMessage;
import no.timebok.messaging.outbox.OutboxRepository;
import no.timebok.messaging.outbox.SmsCapGate;
import no.timebok.messaging.restriction.RestrictionRepository;

/** Booking's reminders, found under {@link AppointmentReminders#JNDI_NAME}. */
@Stateless(name = AppointmentReminders.BEAN)
public class ReminderService implements AppointmentReminders {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Inject
    RestrictionRepository restrictions;

    @Inject
    SmsCapGate capGate;

    @Override
    public Optional<QueuedMessage> schedule(String appointmentKey, Instant start, OutboundMessage message) {
        if (message.kind() != MessageKind.APPOINTMENT_REMINDER) {
            throw new IllegalArgumentException("A reminder must be of kind APPOINTMENT_REMINDER");
        }
        cancel(appointmentKey);
        Instant now = clock.instant();
        Instant due = ReminderTime.due(start, config.positiveDuration(ConfigKey.REMINDER_LEAD), config.zone());
        if (!due.isAfter(now)) {
            LOG.info("Reminder not scheduled: its time has passed");
            return Optional.empty();
        }
        SmsCapGate.Today today = capGate.countToday(message, now);
        OutboxMessage reminder = OutboxMessage.reminder(message, appointmentKey, due, today.toNumber(), today.forClinic(),
                config.smsCapPerNumberPerDay(), config.smsCapPerClinicPerDay(), now);
        if (restrictions.isRestricted(message.clinicId(), message.subjectReference())) {
            reminder.holdRestricted();
        }
        outbox.add(reminder);
        return Optional.of(new QueuedMessage(reminder.id().orElseThrow(), reminder.channel(), reminder.heldReason()));
    }

    @Override
    public void cancel(String appointmentKey) {
        outbox.pendingReminders(appointmentKey).forEach(OutboxMessage::cancel);
    }
}

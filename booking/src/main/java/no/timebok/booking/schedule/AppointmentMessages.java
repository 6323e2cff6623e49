package no.timebok.booking.schedule;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.AppointmentReminders;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.TemplateField;

/**
 * Tells the patient about their appointment through the messaging contract, in the caller's
 * transaction: time, place and a link, never anything about why they come.
 */
@ApplicationScoped
public class AppointmentMessages {

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @EJB(lookup = AppointmentReminders.JNDI_NAME)
    AppointmentReminders reminders;

    @Inject
    TimebokConfig config;

    /**
     * Tells the patient about a booked, moved or cancelled appointment, and keeps its reminder in
     * step: a booking or a move (re)schedules it, a cancellation withdraws it.
     */
    public void send(MessageKind kind, BookingRequest request, Appointment appointment, Resource resource) {
        if (kind == MessageKind.APPOINTMENT_CANCELLED) {
            reminders.cancel(reminderKey(appointment));
        }
        if (request.phoneE164().isEmpty() && request.email().isEmpty()) {
            // Contact data already erased by retention: there is no one to tell.
            return;
        }
        messages.queue(message(kind, request, appointment, resource));
        if (kind == MessageKind.APPOINTMENT_BOOKED || kind == MessageKind.APPOINTMENT_RESCHEDULED) {
            reminders.schedule(reminderKey(appointment), appointment.startsAt(),
                    message(MessageKind.APPOINTMENT_REMINDER, request, appointment, resource));
        }
    }

    /** Withdraws the pending reminder of an appointment cancelled without telling the patient. */
    void withdrawReminder(Appointment appointment) {
        reminders.cancel(reminderKey(appointment));
    }

    private OutboundMessage message(MessageKind kind, BookingRequest request, Appointment appointment, Resource resource) {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.REFERENCE, request.reference());
        fields.put(TemplateField.CLINIC, request.clinic().name());
        fields.put(TemplateField.TIME, time(appointment.startsAt(), request.language()));
        fields.put(TemplateField.PLACE, resource.place());
        fields.put(TemplateField.LINK, config.publicBaseUrl() + PatientAppointmentService.PATH + appointment.patientToken());
        return new OutboundMessage(kind, request.clinic().id(), request.reference(), request.phoneE164(),
                request.email(), request.language(), fields);
    }

    /** Booking's own appointment id, which messaging keys the pending reminder by. */
    static String reminderKey(Appointment appointment) {
        return "appointment-" + appointment.id();
    }

    public String time(Instant at, Language language) {
        return AppointmentTime.format(at, config.zone(), language);
    }
}

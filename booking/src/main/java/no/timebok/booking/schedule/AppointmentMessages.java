package no.timebok.booking.schedule;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.config.TimebokConfig;
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

    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @Inject
    TimebokConfig config;

    public void send(MessageKind kind, BookingRequest request, Appointment appointment, Resource resource) {
        if (request.phoneE164().isEmpty() && request.email().isEmpty()) {
            // Contact data already erased by retention: there is no one to tell.
            return;
        }
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.REFERENCE, request.reference());
        fields.put(TemplateField.CLINIC, request.clinic().name());
        fields.put(TemplateField.TIME, time(appointment.startsAt(), request.language()));
        fields.put(TemplateField.PLACE, resource.place());
        fields.put(TemplateField.LINK, config.publicBaseUrl() + PatientAppointmentServlet.PATH + appointment.patientToken());
        messages.queue(new OutboundMessage(kind, request.clinic().id(), request.reference(), request.phoneE164(),
                request.email(), request.language(), fields));
    }

    public String time(Instant at, String language) {
        ZonedDateTime local = at.atZone(config.zone());
        return ("en".equals(language) ? EN : NB).format(local);
    }
}

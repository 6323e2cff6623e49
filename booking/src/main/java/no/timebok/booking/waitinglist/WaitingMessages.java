package no.timebok.booking.waitinglist;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.schedule.AppointmentTime;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.TemplateField;

/** Queues the waiting list's messages in the caller's transaction: a clinic, a time, a place and a link. */
@ApplicationScoped
public class WaitingMessages {

    /** The pages behind the links: an entry's, and an offer's. */
    public static final String ENTRY_PATH = "/waiting/entry/";
    public static final String OFFER_PATH = "/waiting/offer/";

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    @Inject
    TimebokConfig config;

    void joined(WaitingListEntry entry, Clinic clinic) {
        Map<TemplateField, String> fields = fields(entry, clinic);
        fields.put(TemplateField.LINK, config.publicBaseUrl() + ENTRY_PATH + entry.token());
        queue(MessageKind.WAITING_LIST_JOINED, entry, clinic, fields);
    }

    void offered(WaitingListEntry entry, Clinic clinic, WaitingListOffer offer, String place) {
        Map<TemplateField, String> fields = fields(entry, clinic);
        fields.put(TemplateField.TIME, AppointmentTime.format(offer.startsAt(), config.zone(), entry.language()));
        fields.put(TemplateField.PLACE, place);
        fields.put(TemplateField.LINK, config.publicBaseUrl() + OFFER_PATH + offer.token());
        queue(MessageKind.WAITING_LIST_OFFER, entry, clinic, fields);
    }

    private void queue(MessageKind kind, WaitingListEntry entry, Clinic clinic, Map<TemplateField, String> fields) {
        messages.queue(new OutboundMessage(kind, clinic.id(), entry.reference(), entry.contact().phoneE164(),
                entry.contact().email(), entry.language(), fields));
    }

    private static Map<TemplateField, String> fields(WaitingListEntry entry, Clinic clinic) {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.REFERENCE, entry.reference());
        fields.put(TemplateField.CLINIC, clinic.name());
        return fields;
    }
}

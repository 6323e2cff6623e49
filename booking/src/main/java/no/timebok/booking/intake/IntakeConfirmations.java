package no.timebok.booking.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.TemplateField;

/**
 * Where a new request's confirmation is queued. Inside the EAR messaging runs beside the intake, and
 * the confirmation is queued in the request's own transaction. An edge node's deployable has no
 * messaging (nor any SMS or SMTP credentials): the request is stored marked, and an internal node's
 * {@link ConfirmationPickup} queues it. Either way it goes out once.
 */
@ApplicationScoped
public class IntakeConfirmations {

    private static final Logger LOG = Logger.getLogger(IntakeConfirmations.class.getName());

    private PatientMessages messages;

    @PostConstruct
    void findMessaging() {
        try {
            messages = InitialContext.doLookup(PatientMessages.JNDI_NAME);
            LOG.info("Booking confirmations are queued with each request");
        } catch (NamingException absent) {
            LOG.info("No messaging in this deployable: the internal nodes queue the booking confirmations");
        }
    }

    /** Queues the confirmation in the caller's transaction, or marks the (not yet stored) request for the pickup. */
    public void confirm(BookingRequest request) {
        if (messages == null) {
            request.awaitConfirmation();
        } else {
            messages.queue(message(request));
        }
    }

    /**
     * Says only that the request arrived, and its reference: never anything the patient wrote. The
     * validator accepts only mobile numbers, so the phone can always take the SMS.
     */
    static OutboundMessage message(BookingRequest request) {
        return new OutboundMessage(MessageKind.REQUEST_RECEIVED, request.clinic().id(), request.reference(),
                request.phoneE164(), request.email(), request.language(),
                Map.of(TemplateField.REFERENCE, request.reference(), TemplateField.CLINIC, request.clinic().name()));
    }
}

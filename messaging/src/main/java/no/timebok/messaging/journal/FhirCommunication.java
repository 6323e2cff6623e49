package no.timebok.messaging.journal;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;
import no.timebok.common.json.JsonFactories;

/**
 * A message as a FHIR R4 {@code Communication} resource, identified by its source table and id.
 * The patient is named only by the booking reference the journal already knows; the clinic by its
 * id. Which of them is {@code sender} and which {@code recipient} follows the message's direction.
 */
public final class FhirCommunication {

    /** The identifier system of Timebok's messages. */
    public static final String SYSTEM = "urn:timebok:message";
    /** The identifier system of booking references, by which the journal finds the patient. */
    public static final String REFERENCE_SYSTEM = "urn:timebok:reference";
    /** The identifier system of Timebok's clinics. */
    public static final String CLINIC_SYSTEM = "urn:timebok:clinic";

    /** From the clinic to the patient, or from the patient to the clinic. */
    public enum Direction {
        OUTBOUND, INBOUND
    }

    /**
     * One message to hand over.
     *
     * @param subjectReference the booking reference; empty for a reply no request was found for
     * @param clinicId         empty likewise
     * @param at               when it was sent (outbound) or received (inbound)
     * @param medium           {@code SMS} or {@code EMAIL}, empty when unknown
     * @param language         empty when unknown, as for a patient's reply
     * @param content          the message's content as the journal should keep it
     */
    public record Message(String source, long messageId, Direction direction, Optional<String> subjectReference,
                          Optional<Long> clinicId, Instant at, String medium, Optional<String> language, String content) {
    }

    private FhirCommunication() {
    }

    public static String identifier(String source, long messageId) {
        return source + "-" + messageId;
    }

    public static String json(Message message) {
        JsonObjectBuilder resource = JsonFactories.BUILDERS.createObjectBuilder()
                .add("resourceType", "Communication")
                .add("identifier", JsonFactories.BUILDERS.createArrayBuilder().add(JsonFactories.BUILDERS.createObjectBuilder()
                        .add("system", SYSTEM)
                        .add("value", identifier(message.source(), message.messageId()))))
                .add("status", "completed");
        message.language().ifPresent(language -> resource.add("language", language));
        boolean inbound = message.direction() == Direction.INBOUND;
        resource.add(inbound ? "received" : "sent", message.at().toString());
        message.subjectReference().ifPresent(reference -> resource.add("subject", party("Patient", REFERENCE_SYSTEM, reference)));
        Optional<JsonObjectBuilder> patient = message.subjectReference().map(reference -> party("Patient", REFERENCE_SYSTEM, reference));
        Optional<JsonObjectBuilder> clinic = message.clinicId().map(id -> party("Organization", CLINIC_SYSTEM, Long.toString(id)));
        Optional<JsonObjectBuilder> sender = inbound ? patient : clinic;
        Optional<JsonObjectBuilder> recipient = inbound ? clinic : patient;
        sender.ifPresent(party -> resource.add("sender", party));
        recipient.ifPresent(party -> resource.add("recipient", JsonFactories.BUILDERS.createArrayBuilder().add(party)));
        String note = (inbound ? "Received from the patient" : "Sent to the patient")
                + (message.medium().isEmpty() ? "" : " by " + message.medium())
                + message.subjectReference().map(reference -> ", Timebok reference " + reference).orElse("");
        return resource
                .add("note", JsonFactories.BUILDERS.createArrayBuilder().add(JsonFactories.BUILDERS.createObjectBuilder().add("text", note)))
                .add("payload", JsonFactories.BUILDERS.createArrayBuilder().add(JsonFactories.BUILDERS.createObjectBuilder()
                        .add("contentString", message.content())))
                .build().toString();
    }

    private static JsonObjectBuilder party(String type, String system, String value) {
        return JsonFactories.BUILDERS.createObjectBuilder()
                .add("type", type)
                .add("identifier", JsonFactories.BUILDERS.createObjectBuilder().add("system", system).add("value", value));
    }
}

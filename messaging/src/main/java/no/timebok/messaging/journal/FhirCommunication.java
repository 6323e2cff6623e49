package no.timebok.messaging.journal;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;

/** A message as a FHIR R4 {@code Communication} resource, identified by its source table and id. */
public final class FhirCommunication {

    /** The identifier system of Timebok's messages. */
    public static final String SYSTEM = "urn:timebok:message";

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private FhirCommunication() {
    }

    public static String identifier(String source, long messageId) {
        return source + "-" + messageId;
    }

    /**
     * @param medium {@code SMS} or {@code EMAIL}, empty when unknown
     * @param content the message as the patient got it (template kind and values)
     */
    public static String json(String source, long messageId, String subjectReference, Instant sent, String medium,
                              String language, String content) {
        JsonObjectBuilder resource = BUILDERS.createObjectBuilder()
                .add("resourceType", "Communication")
                .add("identifier", BUILDERS.createArrayBuilder().add(BUILDERS.createObjectBuilder()
                        .add("system", SYSTEM)
                        .add("value", identifier(source, messageId))))
                .add("status", "completed")
                .add("sent", sent.toString())
                .add("language", language)
                .add("note", BUILDERS.createArrayBuilder().add(BUILDERS.createObjectBuilder()
                        .add("text", "Timebok reference " + subjectReference + (medium.isEmpty() ? "" : ", sent by " + medium))))
                .add("payload", BUILDERS.createArrayBuilder().add(BUILDERS.createObjectBuilder()
                        .add("contentString", content)));
        return resource.build().toString();
    }
}

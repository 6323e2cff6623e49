package no.timebok.messaging.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import no.timebok.messaging.journal.FhirCommunication.Direction;
import org.junit.jupiter.api.Test;

class FhirCommunicationTest {

    private static final Instant AT = Instant.parse("2031-12-31T22:59:00Z");

    @Test
    void aMessageFromTheClinicIsSentByTheClinicToThePatient() {
        JsonObject resource = parse(new FhirCommunication.Message("outbox_message", 7, Direction.OUTBOUND, Optional.of("TB-7K4Q-2M"),
                Optional.of(1L), AT, "SMS", Optional.of("nb"), "APPOINTMENT_REMINDER"));

        assertEquals("outbox_message-7", resource.getJsonArray("identifier").getJsonObject(0).getString("value"));
        assertEquals("Organization", resource.getJsonObject("sender").getString("type"));
        assertEquals("1", resource.getJsonObject("sender").getJsonObject("identifier").getString("value"));
        assertEquals("Patient", resource.getJsonArray("recipient").getJsonObject(0).getString("type"));
        assertEquals("TB-7K4Q-2M", resource.getJsonObject("subject").getJsonObject("identifier").getString("value"));
        assertEquals("2031-12-31T22:59:00Z", resource.getString("sent"));
        assertFalse(resource.containsKey("received"));
        assertEquals("nb", resource.getString("language"));
    }

    @Test
    void aReplyIsReceivedFromThePatientByTheClinicWithItsTextAsThePayload() {
        JsonObject resource = parse(new FhirCommunication.Message("inbound_message", 9, Direction.INBOUND, Optional.of("TB-7K4Q-2M"),
                Optional.of(1L), AT, "SMS", Optional.empty(), "Kneet er hovent"));

        assertEquals("Patient", resource.getJsonObject("sender").getString("type"));
        assertEquals(FhirCommunication.REFERENCE_SYSTEM, resource.getJsonObject("sender").getJsonObject("identifier").getString("system"));
        assertEquals("Organization", resource.getJsonArray("recipient").getJsonObject(0).getString("type"));
        assertEquals("2031-12-31T22:59:00Z", resource.getString("received"));
        assertFalse(resource.containsKey("sent"));
        assertFalse(resource.containsKey("language"), "a reply's language is unknown");
        assertEquals("Kneet er hovent", resource.getJsonArray("payload").getJsonObject(0).getString("contentString"));
        assertEquals("Received from the patient by SMS, Timebok reference TB-7K4Q-2M",
                resource.getJsonArray("note").getJsonObject(0).getString("text"));
    }

    @Test
    void aReplyOfNoKnownRequestNamesNoParty() {
        JsonObject resource = parse(new FhirCommunication.Message("inbound_message", 10, Direction.INBOUND, Optional.empty(),
                Optional.empty(), AT, "SMS", Optional.empty(), "Hvem er dette?"));

        assertFalse(resource.containsKey("sender") || resource.containsKey("recipient") || resource.containsKey("subject"),
                resource.toString());
        assertEquals("Received from the patient by SMS", resource.getJsonArray("note").getJsonObject(0).getString("text"));
    }

    private static JsonObject parse(FhirCommunication.Message message) {
        return Json.createReader(new StringReader(FhirCommunication.json(message))).readObject();
    }
}

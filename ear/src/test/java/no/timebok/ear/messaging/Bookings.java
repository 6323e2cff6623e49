package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;

/** Booking requests made through the public JSON API, as a patient would, for the messaging tests. */
final class Bookings {

    private Bookings() {
    }

    /** Submits a valid request and returns its reference. */
    static String submit(String language, String mobile, String email) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("firstName", "Åse")
                .add("lastName", "Melding-" + UUID.randomUUID())
                .add("clinicId", 1)
                .add("visitTypeId", 12)
                .add("partOfDay", "MORNING")
                .add("freeText", "Vondt i kneet etter fall")
                .add("language", language);
        if (mobile != null) {
            json.add("phone", mobile);
        }
        if (email != null) {
            json.add("email", email);
        }
        HttpResponse<String> created = new TimebokHttp().postJson("/api/booking-requests", json.build().toString(), language);
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getString("reference");
    }

    /** The id of the one outbox message of a booking request. */
    static long messageId(String reference) throws Exception {
        return ((Number) TestDatabase.query("SELECT id FROM outbox_message WHERE subject_reference = ?", reference)
                .get(0).get("id")).longValue();
    }

    static String state(long messageId) throws Exception {
        return (String) TestDatabase.query("SELECT state FROM outbox_message WHERE id = ?", messageId).get(0).get("state");
    }
}

package no.timebok.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thousands of random intake requests, from plausible to hostile: every answer is 201 or 400,
 * and exactly the 201s left a request and its confirmation behind. Each request comes from its
 * own client address and number, so the rate limits (tested elsewhere) stay out of the way.
 */
@ExtendWith(TimebokDeployment.class)
class IntakeFuzzIT {

    private static final int REQUESTS = 2000;
    private static final String[] HOSTILE = {"", " ", "<script>alert(1)</script>", "'; DROP TABLE booking_request; --",
        "\u0000", "\r\nBcc: x@example.com", "😀".repeat(600), "x".repeat(3000), "١٢٣٤٥٦٧٨", "2026-02-30", "-1",
        "99999999999999999999", "NaN", "ÆØÅ æøå", "\uD800", "null"};

    @Test
    void randomRequestsGetOnly201Or400AndOnlyThe201sAreStored() throws Exception {
        long seed = Long.getLong("timebok.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        String run = UUID.randomUUID().toString().substring(0, 8);
        TimebokHttp http = ApiClients.partner();
        long requestsBefore = TestDatabase.count("SELECT COUNT(*) FROM booking_request");
        long messagesBefore = TestDatabase.count("SELECT COUNT(*) FROM outbox_message");
        int created = 0;

        for (int i = 0; i < REQUESTS; i++) {
            String body = random.nextInt(20) == 0 ? garbage(random) : candidate(random, run, i).build().toString();
            HttpResponse<String> response = http.as("2001:db8:f::" + Integer.toHexString(i + 1)).postJson("/api/booking-requests", body);
            int status = response.statusCode();
            assertTrue(status == 201 || status == 400, "seed " + seed + ", request " + i + ": " + status + " for " + body
                    + " -> " + response.body());
            if (status == 201) {
                created++;
            } else {
                assertTrue(response.body().contains("\"errors\""), "a 400 names its fields: " + response.body());
            }
        }

        // Only a minority of candidates come out fully valid (each field is plausible 80% of the time, and
        // some plausible values are still refused), and how many varies with the seed: one gave 98.
        assertTrue(created > REQUESTS / 40, "seed " + seed + ": enough valid requests to mean something, got " + created);
        assertEquals(requestsBefore + created, TestDatabase.count("SELECT COUNT(*) FROM booking_request"), "seed " + seed);
        assertEquals(messagesBefore + created, TestDatabase.count("SELECT COUNT(*) FROM outbox_message"), "seed " + seed);
    }

    private static JsonObjectBuilder candidate(Random random, String run, int i) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        field(json, random, "firstName", "Kari");
        field(json, random, "lastName", "Fuzz-" + run + "-" + i);
        field(json, random, "phone", String.format("4%07d", 5_000_000 + i % 3_000_000).replaceFirst("^4", "9"));
        field(json, random, "email", random.nextBoolean() ? null : "fuzz" + i + "@example.no");
        field(json, random, "nationalId", random.nextInt(3) == 0 ? "01010112345" : null);
        field(json, random, "clinicId", random.nextInt(4) == 0 ? "3" : "2");
        field(json, random, "visitTypeId", random.nextInt(4) == 0 ? "31" : "21");
        field(json, random, "partOfDay", new String[] {"ANY", "MORNING", "AFTERNOON", "midnight"}[random.nextInt(4)]);
        field(json, random, "freeText", "Fuzz " + i + " æøå 😀");
        field(json, random, "language", random.nextBoolean() ? "nb" : "en");
        if (random.nextInt(5) == 0) {
            json.add("newsletter", random.nextBoolean());
        }
        return json;
    }

    /** Mostly the plausible value; sometimes absent, null, hostile, a number, a boolean or an object. */
    private static void field(JsonObjectBuilder json, Random random, String name, String plausible) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            if (plausible != null) {
                json.add(name, plausible);
            }
        } else if (roll < 84) {
            json.addNull(name);
        } else if (roll < 94) {
            json.add(name, HOSTILE[random.nextInt(HOSTILE.length)]);
        } else if (roll < 96) {
            json.add(name, random.nextLong());
        } else if (roll < 98) {
            json.add(name, random.nextBoolean());
        } else {
            json.add(name, Json.createObjectBuilder().add("nested", Json.createArrayBuilder().add(1)));
        }
    }

    private static String garbage(Random random) {
        String[] shapes = {"", "{", "[]", "null", "42", "\"text\"", "{\"firstName\":", "{\"a\":1}}", "\u0000\u0001",
            "{\"firstName\": \"Kari\", \"firstName\": \"Ola\"}"};
        return shapes[random.nextInt(shapes.length)];
    }
}

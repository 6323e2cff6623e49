package no.timebok.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TimebokDeployment.class)
class BookingApiIT {

    private static final String PATH = "/api/booking-requests";

    static JsonObjectBuilder valid(String lastName, String phone) {
        return Json.createObjectBuilder()
                .add("firstName", "Ola")
                .add("lastName", lastName)
                .add("phone", phone)
                .add("clinicId", 1)
                .add("visitTypeId", 12)
                .add("partOfDay", "AFTERNOON")
                .add("freeText", "Kontroll etter operasjon")
                .add("language", "en");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aValidRequestIsCreatedWithItsLocationAndConfirmation() throws Exception {
        String lastName = "Api-" + UUID.randomUUID();
        TimebokHttp http = ApiClients.partner();

        HttpResponse<String> created = http.postJson(PATH, valid(lastName, TestData.uniqueMobile()).build().toString());

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject body = json(created.body());
        assertTrue(location.endsWith(PATH + "/" + body.getString("receiptToken")), location);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?",
                body.getString("reference")));
        HttpResponse<String> receipt = http.get(location.substring(location.indexOf(PATH)));
        assertEquals(200, receipt.statusCode());
        assertEquals(body.getString("reference"), json(receipt.body()).getString("reference"));
        assertEquals("NEW", json(receipt.body()).getString("status"));
    }

    @Test
    void invalidFieldsAreProblemDetailsInTheCallersLanguageAndNothingIsStored() throws Exception {
        String lastName = "ApiFeil-" + UUID.randomUUID();
        String body = valid(lastName, "123").add("email", "not an email").add("visitTypeId", 21).build().toString();

        HttpResponse<String> english = ApiClients.partner().postJson(PATH, body, "en");
        HttpResponse<String> norwegian = ApiClients.partner().postJson(PATH, body, "nb-NO, en;q=0.5");

        assertEquals(400, english.statusCode());
        assertEquals("application/problem+json", english.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = json(english.body());
        assertEquals(400, problem.getInt("status"));
        String fields = problem.getJsonArray("errors").toString();
        assertTrue(fields.contains("\"field\":\"phone\"") && fields.contains("\"field\":\"email\"")
                && fields.contains("\"field\":\"visitType\""), fields);
        assertTrue(fields.contains("The mobile number is not valid"), fields);
        assertTrue(norwegian.body().contains("Mobilnummeret er ikke gyldig"), norwegian.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void malformedJsonAndWrongTypesAre400NotServerErrors() {
        TimebokHttp http = ApiClients.partner();

        HttpResponse<String> malformed = http.postJson(PATH, "{\"firstName\": ");
        HttpResponse<String> array = http.postJson(PATH, "[1,2,3]");
        HttpResponse<String> wrongTypes = http.postJson(PATH, "{\"firstName\": {\"a\": 1}, \"freeText\": true}");

        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("\"field\":\"body\""), malformed.body());
        assertEquals(400, array.statusCode());
        assertEquals(400, wrongTypes.statusCode());
        assertTrue(wrongTypes.body().contains("\"field\":\"firstName\"") && wrongTypes.body().contains("\"field\":\"freeText\""),
                wrongTypes.body());
    }

    @Test
    void theFourthRequestForOneNumberIs429WithRetryAfter() throws Exception {
        String phone = TestData.uniqueMobile();
        TimebokHttp http = ApiClients.partner();
        for (int i = 0; i < 3; i++) {
            assertEquals(201, http.postJson(PATH, valid("ApiGrense-" + UUID.randomUUID(), phone).build().toString()).statusCode());
        }
        String lastName = "ApiGrense-" + UUID.randomUUID();

        HttpResponse<String> limited = http.postJson(PATH, valid(lastName, phone).build().toString());

        assertEquals(429, limited.statusCode());
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(limited.body().contains("rate-limit"), limited.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    /** The test domain sets timebok.intake.accept-test-national-ids, as the local run does; production does not. */
    @Test
    void theTestDomainAcceptsTheTestRegistersNationalIdNumbers() throws Exception {
        String lastName = "ApiTestnummer-" + UUID.randomUUID();
        // Skatteetaten's synthetic range (month + 80), built from the control-digit rules.
        String body = valid(lastName, TestData.uniqueMobile()).add("nationalId", "01814560089").build().toString();

        HttpResponse<String> created = ApiClients.partner().postJson(PATH, body);

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void anUnknownRequestIs404() {
        HttpResponse<String> missing = new TimebokHttp().get(PATH + "/AAAAAAAAAAAAAAAAAAAAAA");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("not-found"), missing.body());
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> document = new TimebokHttp().get("/openapi");

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/booking-requests"), document.body());
        assertTrue(document.body().contains("BookingRequest"), document.body());
    }
}

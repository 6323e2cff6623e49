package no.timebok.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import no.timebok.ear.api.ApiClients;

/**
 * A booking request sent the way a patient sends it: through the public API, each from its own
 * client address, so no test shares another's rate-limit bucket. Unless told otherwise it is Kari
 * Nordmann at Oslo sentrum (clinic 1) for a follow-up (visit type 12), any time of day, in
 * Norwegian, from a mobile number no other test uses, with no email, national ID or newsletter box.
 */
public final class BookingRequests {

    private static final String PATH = "/api/booking-requests";

    private long clinicId = 1;
    private long visitTypeId = 12;
    private String firstName = "Kari";
    private String lastName = "Nordmann";
    private String phone = TestData.uniqueMobile();
    private String email;
    private String nationalId;
    private String partOfDay = "ANY";
    private String freeText = "Kontroll";
    private Boolean newsletter;
    private String language = "nb";
    private String acceptLanguage = "en";

    private BookingRequests() {
    }

    public static BookingRequests request() {
        return new BookingRequests();
    }

    /** A visit type belongs to one clinic, so the two are chosen together. */
    public BookingRequests at(long clinicId, long visitTypeId) {
        this.clinicId = clinicId;
        this.visitTypeId = visitTypeId;
        return this;
    }

    public BookingRequests firstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public BookingRequests lastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    /** A given mobile number, for a patient who books more than once; null leaves the field out. */
    public BookingRequests phone(String phone) {
        this.phone = phone;
        return this;
    }

    /** Null leaves the field out, as does a patient who gives only a phone number. */
    public BookingRequests email(String email) {
        this.email = email;
        return this;
    }

    /** The national ID number, which is how a person is found across requests. */
    public BookingRequests nationalId(String nationalId) {
        this.nationalId = nationalId;
        return this;
    }

    /** MORNING, AFTERNOON or ANY. */
    public BookingRequests partOfDay(String partOfDay) {
        this.partOfDay = partOfDay;
        return this;
    }

    public BookingRequests freeText(String freeText) {
        this.freeText = freeText;
        return this;
    }

    /** Ticks or clears the newsletter box; a request that never calls this sends no such field. */
    public BookingRequests newsletter(boolean newsletter) {
        this.newsletter = newsletter;
        return this;
    }

    /** The language tag the patient chose in the form ("nb", "en"). */
    public BookingRequests language(String language) {
        this.language = language;
        return this;
    }

    /** The browser's Accept-Language header; it decides only the language of a refusal. */
    public BookingRequests acceptLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** Posts the request, insists it was created, and returns its id and reference. */
    public Submitted submit() {
        return submitTo(TimebokHttp.baseUrl());
    }

    /** The same, posted to the node at {@code baseUrl} (an edge node, say). */
    public Submitted submitTo(String baseUrl) {
        HttpResponse<String> created = ApiClients.partner().at(baseUrl).postJson(PATH, json(), acceptLanguage);
        assertEquals(201, created.statusCode(), created.body());
        String reference = Json.createReader(new StringReader(created.body())).readObject().getString("reference");
        return new Submitted(idOf(reference), reference);
    }

    private String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("clinicId", clinicId)
                .add("visitTypeId", visitTypeId)
                .add("partOfDay", partOfDay)
                .add("freeText", freeText)
                .add("language", language);
        if (phone != null) {
            body.add("phone", phone);
        }
        if (email != null) {
            body.add("email", email);
        }
        if (nationalId != null) {
            body.add("nationalId", nationalId);
        }
        if (newsletter != null) {
            body.add("newsletter", newsletter);
        }
        return body.build().toString();
    }

    /** The public API never shows a patient the database id, which the staff API and pages address requests by. */
    private static long idOf(String reference) {
        try {
            return ((Number) TestDatabase.query("SELECT id FROM booking_request WHERE reference = ?", reference)
                    .get(0).get("id")).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A created request: its database id, and the reference the patient is given. */
    public record Submitted(long id, String reference) {
    }
}

package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import no.timebok.ear.staff.StaffSession;

/** Registers rights requests through the privacy officer's API, as the tests of every right need one. */
public final class RightsRequests {

    public static final String BASE = "/api/staff/privacy/rights-requests";

    private RightsRequests() {
    }

    /** Registers a request checked by BankID, received on {@code receivedOn}; returns its id. */
    public static long register(StaffSession privacy, long clinicId, String kind, String matchedBy, String matchKey,
                                LocalDate receivedOn) {
        HttpResponse<String> created = privacy.post(BASE, form(clinicId, kind, matchedBy, matchKey, receivedOn).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    /** A request received today, for the person with this mobile number. */
    public static long byPhone(StaffSession privacy, long clinicId, String kind, String mobile) {
        return register(privacy, clinicId, kind, "PHONE", mobile, LocalDate.now(java.time.ZoneId.of("Europe/Oslo")));
    }

    public static JsonObjectBuilder form(long clinicId, String kind, String matchedBy, String matchKey, LocalDate receivedOn) {
        return Json.createObjectBuilder()
                .add("clinicId", clinicId)
                .add("kind", kind)
                .add("matchedBy", matchedBy)
                .add("matchKey", matchKey)
                .add("identityCheck", "BANKID")
                .add("receivedOn", receivedOn.toString());
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}

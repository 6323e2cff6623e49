package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import no.timebok.ear.staff.StaffSession;

/** Registers rights requests the way the privacy officer does, through the API. */
public final class RightsRequests {

    private RightsRequests() {
    }

    /** A request of this kind for the person with this phone number at the clinic; answers its id. */
    public static long byPhone(StaffSession privacy, long clinicId, String kind, String mobile) {
        String json = Json.createObjectBuilder()
                .add("clinicId", clinicId)
                .add("kind", kind)
                .add("matchedBy", "PHONE")
                .add("matchKey", mobile)
                .add("identityCheck", "KNOWN_CONTACT")
                .add("receivedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString())
                .build().toString();
        HttpResponse<String> created = privacy.post("/api/staff/privacy/rights-requests", json);
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }
}

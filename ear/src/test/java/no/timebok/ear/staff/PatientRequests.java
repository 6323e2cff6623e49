package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.io.StringReader;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;

/** Booking requests sent the way patients send them: through the public API, each from its own client. */
public final class PatientRequests {

    private PatientRequests() {
    }

    public static Submitted submit(long clinicId, long visitTypeId, String lastName, String freeText) {
        return submit(clinicId, visitTypeId, lastName, freeText, TestData.uniqueMobile());
    }

    /** A request from a given mobile number, for a patient who books more than once. */
    public static Submitted submit(long clinicId, long visitTypeId, String lastName, String freeText, String mobile) {
        return submit(clinicId, visitTypeId, lastName, freeText, mobile, null);
    }

    /** A request that also gives a national ID number, which is how a person is found across requests. */
    public static Submitted submit(long clinicId, long visitTypeId, String lastName, String freeText, String mobile,
                                   String nationalId) {
        var body = Json.createObjectBuilder()
                .add("firstName", "Kari")
                .add("lastName", lastName)
                .add("phone", mobile)
                .add("email", "kari." + Math.abs(lastName.hashCode()) + "@example.com")
                .add("clinicId", clinicId)
                .add("visitTypeId", visitTypeId)
                .add("partOfDay", "ANY")
                .add("freeText", freeText)
                .add("language", "nb");
        if (nationalId != null) {
            body.add("nationalId", nationalId);
        }
        String json = body.build().toString();
        HttpResponse<String> created = new TimebokHttp().postJson("/api/booking-requests", json);
        assertEquals(201, created.statusCode(), created.body());
        String reference = Json.createReader(new StringReader(created.body())).readObject().getString("reference");
        try {
            long id = ((Number) TestDatabase.query("SELECT id FROM booking_request WHERE reference = ?", reference)
                    .get(0).get("id")).longValue();
            return new Submitted(id, reference);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At Oslo sentrum (clinic 1), for a follow-up (visit type 12). */
    public static Submitted atOslo(String lastName, String freeText) {
        return submit(1, 12, lastName, freeText);
    }

    /** At Bergen (clinic 3), for a consultation (visit type 31). */
    public static Submitted atBergen(String lastName, String freeText) {
        return submit(3, 31, lastName, freeText);
    }

    public record Submitted(long id, String reference) {
    }
}

package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;

/** Booking requests with a chosen email and newsletter box, sent through the public API like a patient's. */
public final class Subscribers {

    private Subscribers() {
    }

    /** At clinic 1 (Oslo sentrum), for a follow-up (visit type 12). */
    public static Submitted book(String mobile, String email, boolean newsletter, String language) {
        return book(1, 12, mobile, email, newsletter, language);
    }

    public static Submitted book(long clinicId, long visitTypeId, String mobile, String email, boolean newsletter, String language) {
        String json = Json.createObjectBuilder()
                .add("firstName", "Kari")
                .add("lastName", "Abonnent")
                .add("phone", mobile)
                .add("email", email)
                .add("clinicId", clinicId)
                .add("visitTypeId", visitTypeId)
                .add("partOfDay", "ANY")
                .add("freeText", "Kontroll")
                .add("newsletter", newsletter)
                .add("language", language)
                .build().toString();
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

    /** The latest NEWSLETTER event of a request as "granted/objection/channel", or "none". */
    public static String latestNewsletterEvent(long bookingRequestId) throws SQLException {
        var rows = TestDatabase.query("SELECT granted, objection, channel FROM consent_event WHERE booking_request_id = ?"
                + " AND purpose = 'NEWSLETTER' ORDER BY id DESC LIMIT 1", bookingRequestId);
        if (rows.isEmpty()) {
            return "none";
        }
        return truth(rows.get(0).get("granted")) + "/" + truth(rows.get(0).get("objection")) + "/" + rows.get(0).get("channel");
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

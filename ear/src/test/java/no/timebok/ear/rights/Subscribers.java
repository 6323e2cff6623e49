package no.timebok.ear.rights;

import java.sql.SQLException;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;

/** Booking requests with a chosen email and newsletter box, sent through the public API like a patient's. */
public final class Subscribers {

    private Subscribers() {
    }

    /** At clinic 1 (Oslo sentrum), for a follow-up (visit type 12). */
    public static Submitted book(String mobile, String email, boolean newsletter, String language) {
        return BookingRequests.request()
                .at(1, 12)
                .lastName("Abonnent")
                .phone(mobile)
                .email(email)
                .freeText("Kontroll")
                .newsletter(newsletter)
                .language(language)
                .submit();
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

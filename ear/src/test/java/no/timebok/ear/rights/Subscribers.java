package no.timebok.ear.rights;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;

/**
 * Booking requests with a chosen email and newsletter box, sent through the public API like a
 * patient's, and newsletter-page sign-ups.
 */
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

    /**
     * A newsletter-page sign-up stored as the page leaves it, in bokmål: PENDING with its token's
     * digest, or CONFIRMED with the grant the confirmation records. Written directly, not through the
     * page and the emailed link, which NewsletterSignUpIT covers; here only the rights tools are tested.
     *
     * @return its id
     */
    public static long signedUp(long clinicId, String name, String email, String status) throws SQLException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        boolean confirmed = status.equals("CONFIRMED");
        TestDatabase.update("INSERT INTO newsletter_subscriber (clinic_id, name, email, language, status, token_digest,"
                + " created_at, expires_at, confirmed_at) VALUES (?, ?, ?, 'nb', ?, ?, UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6) + INTERVAL 2 DAY, " + (confirmed ? "UTC_TIMESTAMP(6)" : "NULL") + ")",
                clinicId, name, email, status, digest);
        long id = TestDatabase.count("SELECT id FROM newsletter_subscriber WHERE token_digest = ?", digest);
        if (confirmed) {
            TestDatabase.update("INSERT INTO newsletter_subscriber_event (subscriber_id, granted, channel, text_version,"
                    + " recorded_at) VALUES (?, TRUE, 'newsletter-page', 'newsletter-page-2026-12', UTC_TIMESTAMP(6))", id);
        }
        return id;
    }

    /** A sign-up's row as "status/name/email/restricted", the erased values as null. */
    public static String subscriber(long id) throws SQLException {
        var row = TestDatabase.query("SELECT status, name, email, processing_restricted_at IS NOT NULL AS restricted"
                + " FROM newsletter_subscriber WHERE id = ?", id).get(0);
        return row.get("status") + "/" + row.get("name") + "/" + row.get("email") + "/" + truth(row.get("restricted"));
    }

    /** A sign-up's consent events, oldest first, as "granted/channel". */
    public static List<String> subscriberEvents(long id) throws SQLException {
        return TestDatabase.query("SELECT granted, channel FROM newsletter_subscriber_event WHERE subscriber_id = ? ORDER BY id", id)
                .stream().map(row -> truth(row.get("granted")) + "/" + row.get("channel")).toList();
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

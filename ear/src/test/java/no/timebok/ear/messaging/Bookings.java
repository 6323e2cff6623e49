package no.timebok.ear.messaging;

import java.util.UUID;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestDatabase;

/** Booking requests made through the public JSON API, as a patient would, for the messaging tests. */
final class Bookings {

    private Bookings() {
    }

    /**
     * Submits a valid request and returns its reference. The language is also the browser's, so a
     * refusal would come back in it; a null mobile or email leaves that channel out.
     */
    static String submit(String language, String mobile, String email) {
        return BookingRequests.request()
                .firstName("Åse")
                .lastName("Melding-" + UUID.randomUUID())
                .phone(mobile)
                .email(email)
                .partOfDay("MORNING")
                .freeText("Vondt i kneet etter fall")
                .language(language)
                .acceptLanguage(language)
                .submit()
                .reference();
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

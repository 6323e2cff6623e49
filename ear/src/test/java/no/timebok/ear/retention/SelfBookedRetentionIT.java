package no.timebok.ear.retention;

import static no.timebok.ear.selfbooking.PickedTimes.details;
import static no.timebok.ear.selfbooking.PickedTimes.detailsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.selfbooking.PickedTimes;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A time a patient picked is a booking request like any other: staff reading it are logged, its
 * free text goes after 21 days, and a legal hold keeps it.
 */
@ExtendWith({TimebokDeployment.class, RetentionSettled.class})
class SelfBookedRetentionIT {

    @Test
    void aPickedTimesRequestIsLoggedWhenReadAndItsFreeTextGoesUnlessHeld() throws Exception {
        List<String> week = PickedTimes.offered(new TimebokHttp(), PickedTimes.mondayWeeksAhead(5));
        String lastName = "Selvlagret" + UUID.randomUUID().toString().substring(0, 6);
        String due = book(week.get(0), lastName, "Vondt i ryggen");
        String held = book(week.get(3), lastName, "Vondt i nakken");
        Map<String, Object> dueRow = row(due);
        StaffSession reception = StaffAccounts.reception(1);

        JsonObject detail = StaffApi.object(reception.get("/api/staff/requests/" + dueRow.get("id")).body());

        assertEquals("Vondt i ryggen", detail.getString("freeText"), "sealed like the form's, and opened for staff");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'VIEWED'",
                dueRow.get("id")), "the reading is in the access log");

        Instant now = Instant.now();
        TestDatabase.update("UPDATE booking_request SET submitted_at = ? WHERE last_name = ?",
                RetentionFixtures.utc(now.minus(Duration.ofDays(30))), lastName);
        String heldReference = (String) row(held).get("reference");
        RetentionFixtures.hold(heldReference, now.minus(Duration.ofHours(1)));
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        try {
            JsonObject receipt = StaffApi.runNow(admin, "free-text");

            assertEquals("SUCCEEDED", receipt.getString("outcome"));
            assertFalse(receipt.toString().contains(lastName), "the receipt names no one");
            assertNull(row(due).get("free_text_sealed"), "gone after 21 days");
            assertNotNull(row(due).get("free_text_erased_at"));
            assertNotNull(row(held).get("free_text_sealed"), "a legal hold keeps it");
            assertEquals("BOOKED", TestDatabase.query("SELECT status FROM appointment WHERE patient_token = ?", due)
                    .get(0).get("status"), "the appointment stays");
        } finally {
            RetentionFixtures.release(heldReference, now);
            new TimebokHttp().postForm("/appointment/" + due, Map.of("action", "cancel"));
            new TimebokHttp().postForm("/appointment/" + held, Map.of("action", "cancel"));
        }
    }

    /** Books the time from the public pages; answers the appointment's link token. */
    private static String book(String slot, String lastName, String freeText) {
        return PickedTimes.token(detailsFor(new TimebokHttp(), slot).postTo("/times/book",
                details(slot, lastName, TestData.uniqueMobile(), freeText))).orElseThrow();
    }

    private static Map<String, Object> row(String token) throws SQLException {
        return TestDatabase.query("SELECT b.id, b.reference, b.free_text_sealed, b.free_text_erased_at FROM booking_request b"
                + " JOIN appointment a ON a.booking_request_id = b.id WHERE a.patient_token = ?", token).get(0);
    }
}

package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.hold;
import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff notes on a request are sealed like its free text, and may hold the same health
 * information, but no policy deleted them: they stayed as long as the request. They now go with the
 * free text after 21 days, unless the request is on legal hold, and the receipt counts them.
 */
@ExtendWith({TimebokDeployment.class, RetentionSettled.class})
class NotesRetentionIT {

    @Test
    void notesGoWithTheFreeTextUnlessTheRequestIsHeldAndTheReceiptCountsThem() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        long author = ((Number) TestDatabase.query("SELECT id FROM staff_user WHERE username = ?", admin.username())
                .get(0).get("id")).longValue();
        Instant now = Instant.now();
        String due = request(now.minus(Duration.ofDays(30)));
        String held = request(now.minus(Duration.ofDays(30)));
        hold(held, now.minus(Duration.ofDays(1)));
        String recent = request(now.minus(Duration.ofDays(2)));
        // One note written the day the request came, one after its text would be gone: both go.
        note(due, author, now.minus(Duration.ofDays(29)));
        note(due, author, now.minus(Duration.ofHours(1)));
        note(held, author, now.minus(Duration.ofDays(29)));
        note(recent, author, now.minus(Duration.ofDays(1)));

        JsonObject receipt = StaffApi.runNow(admin, "free-text");

        assertEquals("SUCCEEDED", receipt.getString("outcome"));
        assertEquals(0, notes(due), "the notes of a request whose free text is due");
        assertEquals(1, notes(held), "a legal hold keeps them");
        assertEquals(1, notes(recent), "a request younger than 21 days keeps them");
        assertTrue(StaffApi.rows(receipt, "booking_request_note") >= 2, receipt.toString());
        RetentionFixtures.release(held, now);
    }

    private static void note(String reference, long author, Instant writtenAt) throws SQLException {
        TestDatabase.update("INSERT INTO booking_request_note (booking_request_id, written_at, staff_user_id, text_sealed)"
                + " SELECT id, ?, ?, X'0506' FROM booking_request WHERE reference = ?", utc(writtenAt), author, reference);
    }

    private static long notes(String reference) throws SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request_note n JOIN booking_request r"
                + " ON r.id = n.booking_request_id WHERE r.reference = ?", reference);
    }
}

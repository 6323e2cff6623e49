package no.timebok.ear.keys;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.KeysetRotation;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A key rotation on the running test domain, as the README's recipe does it: a new primary key in
 * the keyset file, the servers re-seal every stored value under it in the background, staff read
 * everything throughout, and then the old key is deleted and what the test wrote still opens.
 */
@ExtendWith(TimebokDeployment.class)
class KeyRotationIT {

    /** Every column sealed under the keyset, in both modules. */
    private static final Map<String, String> SEALED = Map.of(
            "booking_request", "national_id_sealed, free_text_sealed", "booking_request_note", "text_sealed",
            "contact_correction", "before_sealed, after_sealed", "rights_request", "match_key_sealed, identity_note_sealed",
            "staff_user", "totp_secret_sealed", "outbox_message", "body_sealed", "inbound_message", "body_sealed");

    @Test
    void everyValueIsResealedUnderTheNewKeyAndTheOldKeyCanBeRetired() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        String text = "Vondt i kneet " + UUID.randomUUID();
        String mobile = TestData.uniqueMobile();
        Submitted request = PatientRequests.request("Nokkel" + UUID.randomUUID().toString().substring(0, 6), text)
                .phone(mobile).nationalId(TestData.uniqueNationalId()).at(1, 12).submit();
        await().atMost(Duration.ofSeconds(60)).until(() -> !isIntakeSealed(request));
        assertEquals(2, reception.post("/api/staff/requests/" + request.id() + "/notes", "{\"text\":\"Ringte, ingen svar\"}").statusCode() / 100);
        String messages = "/api/staff/correspondence/requests/" + request.id() + "/messages";
        assertEquals(201, reception.post(messages, Json.createObjectBuilder().add("channel", "SMS").add("recipient", mobile)
                .add("text", "Vi ringer deg i morgen.").build().toString()).statusCode());

        Path keyset = Path.of(System.getProperty("timebok.it.keyset"));
        int old = FieldCipher.withKeyset(keyset).primaryKeyId();
        assertTrue(underKey(old) >= 5, "the test's own values are under the old key");

        int primary = KeysetRotation.addPrimary(keyset);
        assertNotEquals(old, primary);
        long unsigned = Integer.toUnsignedLong(primary);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> underKey(old) == 0
                && TestDatabase.count("SELECT COUNT(*) FROM booking_key_reseal WHERE done AND primary_key_id = ?", unsigned) == 8
                && TestDatabase.count("SELECT COUNT(*) FROM messaging_key_reseal WHERE done AND primary_key_id = ?", unsigned) == 2);
        assertTrue(TestDatabase.count("SELECT COALESCE(SUM(resealed), 0) FROM booking_key_reseal") >= 4, "booking re-sealed its values");
        assertTrue(reception.get("/api/staff/requests/" + request.id()).body().contains(text), "staff read the text throughout");

        assertTrue(KeysetRotation.retireAllButPrimary(keyset) >= 1);
        FieldCipher retired = FieldCipher.withKeyset(keyset);
        Map<String, Object> row = TestDatabase.query("SELECT receipt_token, national_id_sealed, free_text_sealed FROM booking_request"
                + " WHERE id = ?", request.id()).get(0);
        String token = (String) row.get("receipt_token");
        assertEquals(text, retired.open((byte[]) row.get("free_text_sealed"), "booking_request.free_text/" + token));
        assertEquals(11, retired.open((byte[]) row.get("national_id_sealed"), "booking_request.national_id/" + token).length());
        assertEquals("Ringte, ingen svar", retired.open((byte[]) TestDatabase.query("SELECT text_sealed FROM booking_request_note"
                + " WHERE booking_request_id = ?", request.id()).get(0).get("text_sealed"), "booking_request_note.text/" + token));
        Map<String, Object> sms = TestDatabase.query("SELECT id, body_sealed FROM outbox_message WHERE subject_reference = ? AND body_sealed"
                + " IS NOT NULL", request.reference()).get(0);
        assertEquals("Vi ringer deg i morgen.", retired.open((byte[]) sms.get("body_sealed"), "outbox_message.body:" + sms.get("id")));
        assertEquals(200, StaffAccounts.reception(1).get("/api/staff/requests/" + request.id()).statusCode(),
                "a login after the retirement opens its TOTP secret, sealed under the new key");
    }

    private static boolean isIntakeSealed(Submitted request) throws SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE id = ? AND intake_sealed", request.id()) > 0;
    }

    /** Values in every sealed column whose prefix names this key. */
    private static long underKey(int keyId) throws SQLException {
        String hex = String.format("01%08X", keyId);
        long count = 0;
        for (var table : SEALED.entrySet()) {
            for (String column : List.of(table.getValue().split(", "))) {
                count += TestDatabase.count("SELECT COUNT(*) FROM " + table.getKey() + " WHERE HEX(LEFT(" + column + ", 5)) = ?", hex);
            }
        }
        return count;
    }
}

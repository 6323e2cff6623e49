package no.timebok.ear.cluster;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import no.timebok.ear.TestDatabase;

/** What the database and the receipts say after the nodes have worked. */
final class Outcomes {

    private Outcomes() {
    }

    /** The free-text policy's receipts after {@code afterId} that meet the SQL condition. */
    static List<Map<String, Object>> receipts(long afterId, String condition) {
        try {
            return TestDatabase.query("SELECT * FROM retention_receipt WHERE policy = 'FREE_TEXT' AND id > ? AND " + condition,
                    afterId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long staffMessagesSent(String reference) {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'STAFF_MESSAGE'"
                    + " AND state IN ('SENT', 'DELIVERED')", reference);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long freeTextRows(JsonObject receipt) {
        JsonObject rows = receipt.getJsonObject("rows");
        return rows.containsKey("booking_request.free_text") ? rows.getJsonNumber("booking_request.free_text").longValue() : 0;
    }
}

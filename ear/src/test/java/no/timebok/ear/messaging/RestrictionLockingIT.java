package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A restriction being written while the relay holds the messages of recent ones: the two must not
 * wait on each other. They did, and the database rolled the restriction back as the deadlock's
 * victim, so a privacy officer's "restrict" answered 500.
 */
@ExtendWith(TimebokDeployment.class)
class RestrictionLockingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void theRelaysHoldWaitsForARestrictionBeingWrittenWithoutLockingItsMessages() throws Exception {
        // A recent restriction, so the hold has one to look up messages for before it meets the new one.
        assertEquals(200, Probe.send("POST", "/restrictions/1", Map.of("reference", NewsletterOutboxIT.reference()))
                .statusCode());
        String reference = NewsletterOutboxIT.reference();
        long message = queued(reference);
        CompletableFuture<Void> relay;
        try (Connection restricting = TestDatabase.connect()) {
            restricting.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            restricting.setAutoCommit(false);
            // Dated ahead, so it sorts after the recent one in every hold whatever the test clock says.
            execute(restricting, "INSERT INTO processing_restriction (clinic_id, subject_reference, restricted_at)"
                    + " VALUES (1, ?, '2099-01-01 00:00:00')", reference);
            relay = CompletableFuture.runAsync(Relay::runOnce);
            Peers.await(PATIENCE, "the relay's hold waiting for the restriction being written", RestrictionLockingIT::holdWaits);

            // What restrict() does next: lock the reference's queued messages. The hold must not have them.
            execute(restricting, "SELECT id FROM outbox_message WHERE id = ? FOR UPDATE", message);
            restricting.commit();
        }
        relay.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        List<Map<String, Object>> row = TestDatabase.query("SELECT state, held_reason FROM outbox_message WHERE id = ?", message);
        assertEquals("HELD", row.get(0).get("state"));
        assertEquals("restricted", row.get(0).get("held_reason"));
        TestDatabase.update("DELETE FROM processing_restriction WHERE clinic_id = 1 AND subject_reference = ?", reference);
    }

    /** Queued, but due in ten years, so only the hold (never the claim) can take it. */
    private static long queued(String reference) throws Exception {
        TestDatabase.update("INSERT INTO outbox_message (kind, clinic_id, subject_reference, channel, recipient, language,"
                + " fields_json, state, attempts, next_attempt_at, created_at) VALUES ('REQUEST_RECEIVED', 1, ?, 'EMAIL',"
                + " 'locking@example.no', 'nb', '{}', 'QUEUED', 0, UTC_TIMESTAMP(6) + INTERVAL 10 YEAR, UTC_TIMESTAMP(6))",
                reference);
        return ((Number) TestDatabase.query("SELECT MAX(id) AS id FROM outbox_message WHERE subject_reference = ?",
                reference).get(0).get("id")).longValue();
    }

    private static boolean holdWaits() {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.innodb_trx"
                        + " WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE 'UPDATE processing_restriction%'");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, Object parameter) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.execute();
        }
    }
}

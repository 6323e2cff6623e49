package no.timebok.ear.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's backup recipe, done with MariaDB's own tools on the test database: a dump, the
 * keyset kept apart from it, and a restore into an empty database where every request this test
 * sent opens with the keyset copy alone. A backup brings back what retention erased since; because
 * the purges work by cutoff, the first run after the restore erases it again.
 */
@ExtendWith(TimebokDeployment.class)
class BackupRestoreIT {

    private static final String RESTORED = "timebok_restore_check";

    @BeforeAll
    static void startUpRunsDone() throws Exception {
        RetentionState.awaitStartUpRuns();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        RetentionState.releaseLocks();
        TestDatabase.update("DROP DATABASE IF EXISTS " + RESTORED);
    }

    @Test
    void aRestoredBackupOpensWithTheKeysetCopyAndRetentionErasesAgainWhatItHadErased() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(2L));
        String due = submitted("Gammel tekst " + UUID.randomUUID());
        String fresh = submitted("Ny tekst " + UUID.randomUUID());
        TestDatabase.update("UPDATE booking_request SET submitted_at = ? WHERE reference = ?",
                RetentionFixtures.utc(Instant.now().minus(Duration.ofDays(30))), due);

        Path backup = Files.createTempDirectory(Path.of(System.getProperty("timebok.it.work")), "backup");
        Path keys = copyKeyset(backup.resolve("keys"));
        long requestsAtBackup = TestDatabase.count("SELECT COUNT(*) FROM booking_request");
        Path dump = backup.resolve("timebok.sql");
        run(dump, null, tool("mariadb-dump"), "--single-transaction", "--hex-blob", "--routines", "--triggers",
                "--skip-ssl", "--host=127.0.0.1", "--port=" + databasePort(), "--user=root", "timebok");

        JsonObject purge = StaffApi.runNow(admin, "free-text");
        assertEquals("SUCCEEDED", purge.getString("outcome"), purge.toString());
        assertNull(RetentionFixtures.requestRow(due).get("free_text_sealed"), "retention erased the old free text");

        TestDatabase.update("CREATE DATABASE " + RESTORED);
        run(null, dump, tool("mariadb"), "--skip-ssl", "--host=127.0.0.1", "--port=" + databasePort(), "--user=root", RESTORED);
        assertEquals(requestsAtBackup, restoredCount("SELECT COUNT(*) FROM booking_request"), "every request is restored");

        IntakeSeal keysetCopy = IntakeSeal.withKeys(keys.resolve("intake-private.json"), keys.resolve("intake-public.json"),
                keys.resolve("keyset.json"));
        Map<String, String> freeTexts = openedFreeTexts(keysetCopy, due, fresh);
        assertTrue(freeTexts.get(due).startsWith("Gammel tekst"), "the backup brings the erased text back");
        assertTrue(freeTexts.get(fresh).startsWith("Ny tekst"));

        restoreRow(due);
        assertNotNull(RetentionFixtures.requestRow(due).get("free_text_sealed"), "the restored row holds its text again");
        JsonObject again = StaffApi.runNow(admin, "free-text");
        assertEquals("SUCCEEDED", again.getString("outcome"), again.toString());
        assertTrue(StaffApi.rows(again, "booking_request.free_text") >= 1, again.toString());
        assertNull(RetentionFixtures.requestRow(due).get("free_text_sealed"), "the first run after the restore erases it again");
        assertNotNull(RetentionFixtures.requestRow(fresh).get("free_text_sealed"), "a request within its period keeps its text");
    }

    private static String submitted(String freeText) {
        Map<String, String> form = new HashMap<>(FormSession.validForm("Backup" + UUID.randomUUID().toString().substring(0, 6), freeText));
        form.put("nationalId", TestData.uniqueNationalId());
        var answer = new FormSession(new TimebokHttp()).show("nb").post(form);
        assertEquals(303, answer.statusCode(), answer.body());
        try {
            return (String) TestDatabase.query("SELECT reference FROM booking_request WHERE last_name = ?", form.get("lastName"))
                    .get(0).get("reference");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keyset files, copied somewhere else than the dump, as the recipe keeps them. */
    private static Path copyKeyset(Path to) throws IOException {
        Path keyset = Path.of(System.getProperty("timebok.it.keyset"));
        Files.createDirectories(to);
        for (String file : List.of("keyset.json", "intake-private.json", "intake-public.json")) {
            Files.copy(keyset.resolveSibling(file), to.resolve(file));
        }
        return to;
    }

    /** Opens the free text and national ID of these requests in the restored database. */
    private static Map<String, String> openedFreeTexts(IntakeSeal seal, String... references) throws SQLException {
        Map<String, String> opened = new HashMap<>();
        try (Connection restored = restored();
             PreparedStatement select = restored.prepareStatement("SELECT receipt_token, national_id_sealed, free_text_sealed"
                     + " FROM booking_request WHERE reference = ?")) {
            for (String reference : references) {
                select.setString(1, reference);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), reference + " is in the restored database");
                    String token = row.getString(1);
                    assertEquals(11, seal.open(row.getBytes(2), "booking_request.national_id/" + token).length());
                    opened.put(reference, seal.open(row.getBytes(3), "booking_request.free_text/" + token));
                }
            }
        }
        return opened;
    }

    /** Puts the row back as the backup holds it, as restoring the whole database would. */
    private static void restoreRow(String reference) throws SQLException {
        TestDatabase.update("UPDATE booking_request l JOIN " + RESTORED + ".booking_request r ON r.id = l.id"
                + " SET l.free_text_sealed = r.free_text_sealed, l.free_text_erased_at = r.free_text_erased_at,"
                + " l.intake_sealed = r.intake_sealed, l.national_id_sealed = r.national_id_sealed WHERE l.reference = ?", reference);
    }

    private static long restoredCount(String sql) throws SQLException {
        try (Connection restored = restored(); ResultSet rs = restored.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection restored() throws SQLException {
        return DriverManager.getConnection(System.getProperty("timebok.it.dbUrl").replaceAll("/timebok$", "/" + RESTORED), "root", "");
    }

    private static int databasePort() {
        return URI.create(System.getProperty("timebok.it.dbUrl").substring("jdbc:".length())).getPort();
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("timebok.it.work"), "mariadb-base", "bin", name).toString();
    }

    private static void run(Path output, Path input, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " finished");
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}

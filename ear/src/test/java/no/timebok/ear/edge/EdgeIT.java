package no.timebok.ear.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.crypto.Keysets;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The internet-facing edge: booking-edge.war on two Payara Micro nodes, with the edge's database
 * account and the intake's public key only. A request taken there is stored sealed, confirmed once
 * by an internal node and worked by reception; the edge can read no patient's data, open no sealed
 * value, reach no staff or messaging path, and shares its grid with the other edge only.
 */
@ExtendWith({TimebokDeployment.class, EdgeNodes.class})
class EdgeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path WORK = Path.of(System.getProperty("timebok.it.work", "target/it"));

    @Test
    void aRequestTakenByAnEdgeIsStoredSealedConfirmedOnceAndWorkedByReception() throws Exception {
        String lastName = "Kant" + UUID.randomUUID().toString().substring(0, 8);
        String freeText = "Smerter i venstre kne etter fall";
        Map<String, String> form = FormSession.validForm(lastName, freeText);
        HttpResponse<String> posted = new FormSession(edge(EdgeNodes.first())).show("nb").post(form);
        assertEquals(303, posted.statusCode(), posted.body());

        Map<String, Object> row = TestDatabase.query("SELECT id, reference, receipt_token, free_text_sealed, intake_sealed"
                + " FROM booking_request WHERE last_name = ?", lastName).get(0);
        byte[] sealed = (byte[]) row.get("free_text_sealed");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("kne"), "the free text is stored sealed");
        String context = "booking_request.free_text/" + row.get("receipt_token");
        assertEquals(freeText, internalSeal().open(sealed, context), "the internal side opens what the edge sealed");
        HybridConfig.register();
        KeysetHandle edgeKeyset = Keysets.readPublic(WORK.resolve("intake-public.json"));
        edgeKeyset.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        assertThrows(GeneralSecurityException.class, () -> edgeKeyset.getPrimitive(RegistryConfiguration.get(),
                HybridDecrypt.class), "the edge's keyset seals, and holds no key that opens");

        String reference = (String) row.get("reference");
        String phone = "+47" + form.get("phone");
        Peers.await(PATIENCE, "the confirmation, queued by an internal node", () ->
                count("SELECT COUNT(*) FROM booking_request WHERE reference = ? AND confirmation_due = FALSE"
                        + " AND intake_sealed = FALSE", reference) == 1
                        && Peers.sms().sentTo(phone).size() == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'REQUEST_RECEIVED'",
                reference), "one confirmation queued");
        assertTrue(Peers.sms().sentTo(phone).get(0).text().contains(reference));

        StaffSession reception = StaffAccounts.create(List.of("reception"), List.of(2L));
        HttpResponse<String> seen = reception.get("/api/staff/requests/" + row.get("id"));
        assertEquals(200, seen.statusCode());
        assertTrue(seen.body().contains(lastName) && seen.body().contains(freeText), seen.body());
    }

    @Test
    void aPartnersJsonRequestThroughAnEdgeIsStoredAndConfirmedOnce() {
        String phone = TestData.uniqueMobile();
        BookingRequests.Submitted submitted = BookingRequests.request().at(2, 21).phone(phone)
                .freeText("Henvist fra fastlege").submitTo(EdgeNodes.second().baseUrl());
        Peers.await(PATIENCE, "the confirmation of the partner's request", () ->
                count("SELECT COUNT(*) FROM booking_request WHERE id = ? AND confirmation_due = FALSE", submitted.id()) == 1
                        && Peers.sms().sentTo("+47" + phone).size() == 1);
        assertTrue(Peers.sms().sentTo("+47" + phone).get(0).text().contains(submitted.reference()));
    }

    @Test
    void theEdgesDatabaseAccountCannotReadPersonalDataStaffOrMessages() throws Exception {
        try (Connection edge = DriverManager.getConnection(EdgeNodes.account().url(), EdgeNodes.account().user(),
                EdgeNodes.account().password()); Statement sql = edge.createStatement()) {
            for (String column : List.of("first_name", "last_name", "phone_e164", "email", "national_id_sealed",
                    "free_text_sealed", "*")) {
                assertRefused(sql, "SELECT " + column + " FROM booking_request LIMIT 1");
            }
            for (String table : List.of("staff_user", "staff_session", "staff_user_role", "outbox_message",
                    "inbound_message", "message_journal", "access_log", "rights_request", "consent_event",
                    "booking_request_note", "contact_correction", "security_event", "newsletter", "legal_hold",
                    "waiting_list_entry", "waiting_list_offer")) {
                assertRefused(sql, "SELECT * FROM " + table + " LIMIT 1");
            }
            for (String column : List.of("name", "email", "*")) {
                assertRefused(sql, "SELECT " + column + " FROM newsletter_subscriber LIMIT 1");
            }
            assertRefused(sql, "SELECT * FROM newsletter_subscriber_event LIMIT 1");
            // Each WHERE matches nothing: MariaDB checks the right before it looks for rows, and a
            // right granted by mistake must not change the other tests' data.
            assertRefused(sql, "DELETE FROM newsletter_subscriber WHERE 1 = 0");
            assertRefused(sql, "UPDATE booking_request SET first_name = 'X' WHERE 1 = 0");
            assertRefused(sql, "UPDATE appointment SET booking_request_id = 0, clinic_id = 0 WHERE 1 = 0");
            assertRefused(sql, "UPDATE waiting_list_entry SET phone_e164 = NULL WHERE 1 = 0");
            assertRefused(sql, "DELETE FROM appointment WHERE 1 = 0");
            assertRefused(sql, "DELETE FROM booking_request WHERE 1 = 0");
            assertRefused(sql, "INSERT INTO outbox_message (kind) VALUES ('REQUEST_RECEIVED')");
            // What public pages show stays readable.
            assertTrue(sql.executeQuery("SELECT COUNT(reference), MAX(status) FROM booking_request").next());
            assertTrue(sql.executeQuery("SELECT name FROM clinic").next());
        }
    }

    @Test
    void theEdgeAnswersNothingUnderStaffOrMessaging() {
        TimebokHttp edge = edge(EdgeNodes.first());
        for (String path : List.of("/staff/login", "/staff/queue.xhtml", "/staff/", "/api/staff/requests",
                "/api/staff/admin/clinics", "/messaging/callbacks/sveve/inbound", "/messaging/")) {
            assertEquals(404, edge.get(path).statusCode(), path);
        }
        assertEquals(404, edge.postForm("/staff/login", Map.of("username", "admin", "password", "x")).statusCode());
        for (String path : List.of("/newsletter/subscribe", "/newsletter/confirm?t=AAAAAAAAAAAAAAAAAAAAAA")) {
            assertEquals(404, edge.get(path).statusCode(), path + ": a sign-up needs addresses and messaging");
        }
        assertEquals(200, edge.get("/privacy").statusCode());
    }

    @Test
    void theEdgesPagesAreWrittenInTheirMessagesNotTheirKeys() {
        TimebokHttp edge = edge(EdgeNodes.first());
        for (String path : List.of("/", "/privacy", "/times")) {
            HttpResponse<String> page = edge.get(path);
            assertEquals(200, page.statusCode(), path);
            assertFalse(page.body().contains("???"), path + " shows a message key its bundle did not answer: " + page.body());
        }
    }

    @Test
    void aFormShownByOneEdgeIsTakenByTheOtherButNotByAnInternalNode() {
        TimebokHttp client = edge(EdgeNodes.first());
        FormSession shownByFirst = new FormSession(client).show("nb");
        HttpResponse<String> takenBySecond = shownByFirst.postingThrough(client.at(EdgeNodes.second().baseUrl()))
                .post(FormSession.validForm("Grid" + UUID.randomUUID().toString().substring(0, 8), "Kontroll"));
        assertEquals(303, takenBySecond.statusCode(), "the edges share the form's key through their grid");

        // The internal nodes' grid draws its own key: a form one side showed is not the other's.
        TimebokHttp internal = new TimebokHttp();
        FormSession shownInside = new FormSession(internal).show("nb");
        String lastName = "Split" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = shownInside.postingThrough(internal.at(EdgeNodes.first().baseUrl()))
                .post(FormSession.validForm(lastName, "Kontroll"));
        assertEquals(400, refused.statusCode(), "an edge cannot check a token signed with the internal grid's key");
        assertEquals(0, count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void aClientsRateLimitCountsOnBothEdges() {
        TimebokHttp first = edge(EdgeNodes.first());
        FormSession onFirst = new FormSession(first).show("nb");
        FormSession onSecond = onFirst.postingThrough(first.at(EdgeNodes.second().baseUrl()));
        int posts = 0;
        int status = 0;
        // Incomplete forms, each counted against the client's limit of 20 in 10 minutes before it is
        // checked; a limit kept per node would let 40 through.
        while (status != 429 && posts < 40) {
            status = (posts % 2 == 0 ? onFirst : onSecond).post(Map.of("lang", "nb")).statusCode();
            posts++;
        }
        assertEquals(429, status);
        assertEquals(21, posts, "the 21st post, whichever edge took it, was refused");
    }

    static TimebokHttp edge(no.timebok.ear.dev.EdgeNode node) {
        return new TimebokHttp().at(node.baseUrl());
    }

    private static IntakeSeal internalSeal() {
        return IntakeSeal.withKeys(WORK.resolve("intake-private.json"), WORK.resolve("intake-public.json"),
                Path.of(System.getProperty("timebok.it.keyset")));
    }

    static long count(String sql, Object... parameters) {
        try {
            return TestDatabase.count(sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Statement sql, String statement) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        // 1142: command denied for the table; 1143: for the column.
        assertTrue(refused.getErrorCode() == 1142 || refused.getErrorCode() == 1143,
                statement + ": " + refused.getErrorCode() + " " + refused.getMessage());
    }
}

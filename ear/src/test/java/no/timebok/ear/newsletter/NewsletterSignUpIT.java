package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.messaging.Relay;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.rights.Subscribers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anyone signs up on the newsletter page, confirms through the emailed link's page (a GET changes
 * nothing), then receives newsletters once per address, also as a consenting patient, until the
 * copy's unsubscribe link ends the subscription and erases the name and address. Unconfirmed
 * sign-ups go with the contact-data run once expired; confirmed ones stay.
 */
@ExtendWith(TimebokDeployment.class)
class NewsletterSignUpIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final MailPeer mail = Peers.mail();

    @Test
    void aConfirmedSubscriberWhoIsAlsoAPatientGetsOneCopyWhoseLinkEndsBothAndErasesTheSubscriber() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "ns-begge-" + tag + "@example.no";
        Submitted patient = Subscribers.book(TestData.uniqueMobile(), email.toUpperCase(Locale.ROOT), true, "nb");
        String token = SignUpPages.signUp("Kari Abonnent", email, "nb");
        long id = subscriberId(email);
        assertEquals("PENDING", status(id));
        assertNotEquals(token, TestDatabase.query("SELECT token_digest FROM newsletter_subscriber WHERE id = ?", id)
                .get(0).get("token_digest"), "only the token's digest is stored");

        HttpResponse<String> shown = new TimebokHttp().get("/newsletter/confirm?t=" + token + "&lang=nb");
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("method=\"post\"") && shown.body().contains("id=\"confirm-button\""), shown.body());
        assertEquals("PENDING", status(id), "a GET, as a mail scanner sends, changes nothing");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_subscriber_event WHERE subscriber_id = ?", id));

        for (int press = 0; press < 2; press++) {
            HttpResponse<String> confirmed = new TimebokHttp().postForm("/newsletter/confirm", Map.of("t", token, "lang", "nb"));
            assertEquals(200, confirmed.statusCode(), confirmed.body());
            assertTrue(confirmed.body().contains("id=\"confirm-done\""), confirmed.body());
        }
        assertEquals("CONFIRMED", status(id));
        assertEquals(List.of("true/newsletter-page"), events(id), "one grant, however often it is pressed");

        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        String subject = "Påmeldt " + tag;
        long newsletter = write(admin, subject);
        assertEquals(200, admin.post("/api/staff/admin/newsletters/" + newsletter + "/send", "").statusCode());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'NEWSLETTER' AND subject = ?"
                + " AND LOWER(recipient) = ?", subject, email), "one copy for the patient and subscriber");
        Relay.runOnce();
        Peers.await(PATIENCE, "the newsletter", () -> !copies(email, subject).isEmpty());
        List<MimeMessage> copies = copies(email, subject);
        assertEquals(1, copies.size());

        HttpResponse<String> unsubscribed = new TimebokHttp().postForm(SignUpPages.unsubscribeLink(copies.get(0)),
                Map.of("List-Unsubscribe", "One-Click"));
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        Map<String, Object> row = TestDatabase.query("SELECT * FROM newsletter_subscriber WHERE id = ?", id).get(0);
        assertEquals("UNSUBSCRIBED", row.get("status"));
        assertNull(row.get("name"), "the name goes at once");
        assertNull(row.get("email"), "the address goes at once");
        assertEquals(List.of("true/newsletter-page", "false/unsubscribe-link"), events(id), "the grant stays documented");
        assertEquals("false/false/unsubscribe-link", Subscribers.latestNewsletterEvent(patient.id()), "the patient's consent too");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE LOWER(email) = ?", email));
    }

    @Test
    void aRefusedSignUpNamesEachFieldAndKeepsWhatWasTyped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignUpPages page = new SignUpPages().show("en");
        HttpResponse<String> refused = page.post(Map.of("name", "", "email", "ns-" + tag + "@", "clinic", "1", "lang", "en"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"name-error\""), refused.body());
        assertTrue(refused.body().contains("id=\"email-error\""), refused.body());
        assertTrue(refused.body().contains("value=\"ns-" + tag + "@\""), "the address typed is kept");
        assertTrue(refused.body().contains("<option value=\"1\" selected>"), "the clinic chosen is kept");
        assertTrue(refused.body().contains("<html lang=\"en\">"));

        HttpResponse<String> fixed = page.post(Map.of("name", "Ola", "email", "ns-rettet-" + tag + "@example.no", "clinic", "1",
                "lang", "en"));
        assertEquals(303, fixed.statusCode(), fixed.body());
        assertTrue(fixed.headers().firstValue("Location").orElseThrow().endsWith("/newsletter/subscribe?sent&lang=en"));
        HttpResponse<String> sent = page.http.get("/newsletter/subscribe?sent&lang=en");
        assertTrue(sent.body().contains("id=\"signup-sent\""), sent.body());

        HttpResponse<String> forged = new TimebokHttp().postForm(SignUpPages.PAGE, Map.of("name", "Ola",
                "email", "ns-forfalsket-" + tag + "@example.no", "clinic", "1", "_csrf", "AAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(403, forged.statusCode(), "no CSRF cookie");
        assertTrue(forged.body().contains("id=\"form-error\""), forged.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?",
                "ns-forfalsket-" + tag + "@example.no"));
    }

    @Test
    void aWrongOrExpiredLinkGetsAClearPageAndConfirmsNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "ns-utlopt-" + tag + "@example.no";
        String token = SignUpPages.signUp("Per", email, "nb");
        long id = subscriberId(email);
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        for (String broken : List.of("", "?t=", "?t=%25%25", "?t=not-a-token", "?t=" + tampered)) {
            HttpResponse<String> page = new TimebokHttp().get("/newsletter/confirm" + broken);
            assertEquals(400, page.statusCode(), broken);
            assertTrue(page.body().contains("id=\"confirm-invalid\""), page.body());
        }
        assertEquals(400, new TimebokHttp().postForm("/newsletter/confirm", Map.of("t", tampered)).statusCode());

        TestDatabase.update("UPDATE newsletter_subscriber SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?", id);
        HttpResponse<String> expired = new TimebokHttp().get("/newsletter/confirm?t=" + token);
        assertEquals(410, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("id=\"confirm-expired\""), expired.body());
        assertEquals(410, new TimebokHttp().postForm("/newsletter/confirm", Map.of("t", token)).statusCode());
        assertEquals("PENDING", status(id), "nothing confirmed");
    }

    @Test
    void theContactDataRunDeletesExpiredSignUpsAndLeavesConfirmedSubscribersAlone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long expired = insert("ns-gammel-" + tag + "@example.no", "PENDING", "UTC_TIMESTAMP(6) - INTERVAL 1 HOUR");
        long waiting = insert("ns-venter-" + tag + "@example.no", "PENDING", "UTC_TIMESTAMP(6) + INTERVAL 1 DAY");
        long confirmed = insert("ns-trofast-" + tag + "@example.no", "CONFIRMED", "UTC_TIMESTAMP(6) - INTERVAL 2 YEAR");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));

        HttpResponse<String> run = privacy.post("/api/staff/retention/policies/contact-data/runs", "{}");

        assertEquals(200, run.statusCode(), run.body());
        JsonObject receipt = Json.createReader(new StringReader(run.body())).readObject();
        assertEquals("SUCCEEDED", receipt.getString("outcome"), receipt.toString());
        assertTrue(receipt.getJsonObject("rows").getJsonNumber("newsletter_subscriber.unconfirmed").longValue() >= 1, receipt.toString());
        assertTrue(!run.body().contains(tag), "the receipt names nobody");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE id = ?", expired));
        assertEquals("PENDING", status(waiting), "its link still works");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM newsletter_subscriber WHERE id = ? AND status = 'CONFIRMED'"
                + " AND name IS NOT NULL AND email = ?", confirmed, "ns-trofast-" + tag + "@example.no"),
                "a subscription two years old is not a booking request's contact data");
    }

    private static long insert(String email, String status, String timeSql) throws Exception {
        TestDatabase.update("INSERT INTO newsletter_subscriber (clinic_id, name, email, language, status, created_at, expires_at,"
                + " confirmed_at) VALUES (1, 'Test', ?, 'nb', ?, " + timeSql + ", " + timeSql + ", "
                + ("CONFIRMED".equals(status) ? timeSql : "NULL") + ")", email, status);
        return subscriberId(email);
    }

    private static long subscriberId(String email) throws Exception {
        return TestDatabase.count("SELECT MAX(id) FROM newsletter_subscriber WHERE email = ?", email);
    }

    private static String status(long id) throws Exception {
        return (String) TestDatabase.query("SELECT status FROM newsletter_subscriber WHERE id = ?", id).get(0).get("status");
    }

    private static List<String> events(long id) throws Exception {
        return TestDatabase.query("SELECT granted, channel FROM newsletter_subscriber_event WHERE subscriber_id = ? ORDER BY id", id)
                .stream().map(r -> truth(r.get("granted")) + "/" + r.get("channel")).toList();
    }

    private List<MimeMessage> copies(String email, String subject) {
        return mail.receivedBy(email).stream().filter(m -> subject.equals(SignUpPages.subject(m))).toList();
    }

    private static long write(StaffSession admin, String subject) {
        HttpResponse<String> created = admin.post("/api/staff/admin/newsletters", Json.createObjectBuilder().add("clinicId", 1)
                .add("subjectNb", subject).add("subjectEn", subject)
                .add("textNb", "Nytt fra klinikken.").add("textEn", "News from the clinic.").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

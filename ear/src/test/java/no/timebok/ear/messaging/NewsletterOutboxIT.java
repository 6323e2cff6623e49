package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newsletter copy goes from the outbox through the relay to a real SMTP server (GreenMail) once,
 * with the one-click unsubscribe headers of RFC 8058; a restricted reference's copy never leaves.
 */
@ExtendWith(TimebokDeployment.class)
class NewsletterOutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final MailPeer mail = Peers.mail();

    @Test
    void aNewsletterArrivesOnceWithItsSubjectTextAndOneClickUnsubscribe() throws Exception {
        String email = "news-" + UUID.randomUUID() + "@example.no";
        String unsubscribe = "https://timebok.example/newsletter/unsubscribe/" + UUID.randomUUID();
        String text = "Influensavaksine fra mandag.\nVelkommen innom!";

        HttpResponse<String> queued = queue(reference(), email, "nb", "Høstnytt fra klinikken", text, unsubscribe);

        assertEquals(200, queued.statusCode(), queued.body());
        JsonObject answer = Probe.object(queued.body());
        assertEquals("EMAIL", answer.getString("channel"));
        assertEquals("", answer.getString("held"));
        long id = answer.getJsonNumber("id").longValue();
        Peers.await(PATIENCE, "the newsletter in GreenMail", () -> !mail.receivedBy(email).isEmpty());
        Peers.await(PATIENCE, "the outbox row to be SENT", () -> "SENT".equals(stateOf(id)));
        // A relay run later it is still one email.
        Relay.runOnce();

        List<MimeMessage> received = mail.receivedBy(email);
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals("Høstnytt fra klinikken", message.getSubject());
        assertEquals("<" + unsubscribe + ">", message.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        assertEquals("<outbox-" + id + "@timebok.no>", message.getMessageID());
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        String plain = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertTrue(plain.startsWith(text), plain);
        assertTrue(plain.strip().endsWith("Meld deg av nyhetsbrevet: " + unsubscribe), plain);
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains("<a href=\"" + unsubscribe + "\">"), html);

        Map<String, Object> row = TestDatabase.query("SELECT kind, channel, subject, unsubscribe_url, body_sealed, fields_json"
                + " FROM outbox_message WHERE id = ?", id).get(0);
        assertEquals("NEWSLETTER", row.get("kind"));
        assertEquals("EMAIL", row.get("channel"));
        assertEquals(unsubscribe, row.get("unsubscribe_url"));
        assertFalse(new String((byte[]) row.get("body_sealed"), StandardCharsets.ISO_8859_1).contains("Influensavaksine"),
                "the text is sealed at rest");
    }

    @Test
    void anEnglishNewsletterEndsWithTheEnglishUnsubscribeLine() throws Exception {
        String email = "news-en-" + UUID.randomUUID() + "@example.no";
        String unsubscribe = "https://timebok.example/newsletter/unsubscribe/" + UUID.randomUUID();

        assertEquals(200, queue(reference(), email, "en", "Autumn news", "Flu shots from Monday.", unsubscribe).statusCode());

        Peers.await(PATIENCE, "the newsletter in GreenMail", () -> !mail.receivedBy(email).isEmpty());
        MimeMultipart alternative = (MimeMultipart) mail.receivedBy(email).get(0).getContent();
        String plain = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertTrue(plain.strip().endsWith("Unsubscribe from this newsletter: " + unsubscribe), plain);
    }

    @Test
    void aRestrictedReferencesNewsletterIsHeldAndNeverSent() throws Exception {
        String reference = reference();
        String email = "news-restricted-" + UUID.randomUUID() + "@example.no";
        assertEquals(200, Probe.send("POST", "/restrictions/1", Map.of("reference", reference)).statusCode());

        HttpResponse<String> queued = queue(reference, email, "nb", "Høstnytt", "Tekst.",
                "https://timebok.example/newsletter/unsubscribe/" + UUID.randomUUID());

        assertEquals(200, queued.statusCode(), queued.body());
        JsonObject answer = Probe.object(queued.body());
        assertEquals("restricted", answer.getString("held"));
        assertEquals("", answer.getString("channel"));
        long id = answer.getJsonNumber("id").longValue();
        // A control newsletter queued after it arrives, so the relay has run past the held one.
        String control = "news-control-" + UUID.randomUUID() + "@example.no";
        queue(reference(), control, "nb", "Høstnytt", "Tekst.", "https://timebok.example/u/" + UUID.randomUUID());
        Peers.await(PATIENCE, "the control newsletter", () -> !mail.receivedBy(control).isEmpty());
        Relay.runOnce();

        assertEquals(0, mail.receivedBy(email).size());
        assertEquals("HELD", stateOf(id));
        assertTrue(Probe.array("/problems/1").stream().anyMatch(p -> p.getInt("id") == id
                && p.getString("reason").equals("restricted")));
    }

    @Test
    void aBlankSubjectAndTextAreRefusedPerFieldAndNothingIsQueued() throws Exception {
        String reference = reference();

        HttpResponse<String> refused = queue(reference, "blank-" + UUID.randomUUID() + "@example.no", "nb", " ", "",
                "https://timebok.example/u/x");

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject errors = Probe.object(refused.body());
        assertEquals("newsletter.subject.required", errors.getString("subject"));
        assertEquals("newsletter.text.required", errors.getString("text"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", reference));
    }

    @Test
    void newsletterCopiesAskForNoJournalDecisionWhileAStaffMessageOfTheMonthDoes() throws Exception {
        String reference = reference();
        // Created at the real time: a login at a moved clock would spend the administrator's codes up to it.
        StaffSession reception = StaffAccounts.reception(1);
        // The last days of a month, when the worklist shows the month's undecided messages.
        TestClock.set(LocalDateTime.parse("2035-05-30T10:00:00").atZone(ZoneId.of("Europe/Oslo")).toInstant());
        try {
            // The jump ended the session; the first call at the moved clock says so, as a browser's next click would.
            if (reception.get("/api/staff/retention/journal/worklist").statusCode() != 401) {
                reception.http().postForm("/staff/logout", Map.of());
            }
            assertTrue(StaffSession.succeeded(reception.logIn()), "reception logs in again at the moved clock");
            long newsletter = Probe.object(queue(reference, "news-worklist-" + UUID.randomUUID() + "@example.no", "nb",
                    "Høstnytt", "Tekst.", "https://timebok.example/u/" + UUID.randomUUID()).body()).getJsonNumber("id").longValue();
            HttpResponse<String> written = Probe.send("POST", "/staff-messages", Map.of("clinicId", "1", "reference", reference,
                    "channel", "EMAIL", "recipient", "staff-" + UUID.randomUUID() + "@example.no", "text", "Ring oss."));
            assertEquals(200, written.statusCode(), written.body());
            long staffMessage = Probe.object(written.body()).getJsonNumber("id").longValue();

            HttpResponse<String> worklist = reception.get("/api/staff/retention/journal/worklist");

            assertEquals(200, worklist.statusCode(), worklist.body());
            List<Long> listed = Json.createReader(new StringReader(worklist.body())).readArray().getValuesAs(JsonObject.class)
                    .stream().filter(item -> item.getString("source").equals("outbox_message"))
                    .map(item -> item.getJsonNumber("messageId").longValue()).toList();
            assertTrue(listed.contains(staffMessage), listed.toString());
            assertFalse(listed.contains(newsletter), listed.toString());
        } finally {
            TestClock.reset();
            // Messages dated 2035 would otherwise sit on other classes' worklists and purges.
            TestDatabase.update("DELETE FROM outbox_message WHERE subject_reference = ?", reference);
        }
    }

    private static HttpResponse<String> queue(String reference, String email, String language, String subject, String text,
                                              String unsubscribe) {
        return Probe.send("POST", "/newsletters", Map.of("clinicId", "1", "reference", reference, "email", email,
                "language", language, "subject", subject, "text", text, "unsubscribeUrl", unsubscribe));
    }

    /** A booking reference of this test alone; the newsletter needs none to exist. */
    static String reference() {
        return "TB-NL" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static String stateOf(long id) {
        try {
            return Bookings.state(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the staff pages will do through the contracts: write to a patient, edit templates, see caps hold. */
@ExtendWith(TimebokDeployment.class)
class StaffCorrespondenceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void staffWriteAnSmsThatIsSentEncryptedAtRestAndShownInTheThread() throws Exception {
        String mobile = TestData.uniqueMobile();
        String reference = Bookings.submit("nb", mobile, null);
        String text = "Vi har en ledig time torsdag kl. 10. Svar JA for å ta den.";

        HttpResponse<String> written = Probe.send("POST", "/staff-messages", Map.of("clinicId", "1",
                "reference", reference, "channel", "SMS", "recipient", mobile, "text", text));

        assertEquals(200, written.statusCode(), written.body());
        long id = Probe.object(written.body()).getJsonNumber("id").longValue();
        Peers.await(PATIENCE, "the staff SMS at the gateway", () -> Peers.sms().byReference("tb-" + id).isPresent());
        SentSms sent = Peers.sms().byReference("tb-" + id).orElseThrow();
        assertEquals(text, sent.text());
        assertEquals("47" + mobile, sent.to());
        byte[] sealed = (byte[]) TestDatabase.query("SELECT body_sealed FROM outbox_message WHERE id = ?", id)
                .get(0).get("body_sealed");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("ledig time"));

        List<JsonObject> thread = Probe.array("/threads/1/" + reference);
        assertEquals(2, thread.size(), thread.toString());
        assertEquals("STAFF_MESSAGE", thread.get(1).getString("kind"));
        assertEquals(text, thread.get(1).getString("text"));
    }

    @Test
    void staffWriteAnEmailWithTheTemplatesSubject() throws Exception {
        String email = "staff-" + UUID.randomUUID() + "@example.no";
        String reference = Bookings.submit("nb", null, email);

        HttpResponse<String> written = Probe.send("POST", "/staff-messages", Map.of("clinicId", "1",
                "reference", reference, "channel", "EMAIL", "recipient", email, "text", "Ring oss <gjerne> i dag."));

        assertEquals(200, written.statusCode(), written.body());
        Peers.await(PATIENCE, "two emails (confirmation and staff message)", () -> Peers.mail().receivedBy(email).size() >= 2);
        MimeMessage staff = Peers.mail().receivedBy(email).stream()
                .filter(m -> subject(m).startsWith("Melding fra")).findFirst().orElseThrow();
        assertTrue(subject(staff).endsWith("(" + reference + ")"), subject(staff));
    }

    @Test
    void aBlankTextOrABadRecipientIsRefusedPerFieldAndNothingIsQueued() throws Exception {
        String reference = "TB-NONE-" + (int) (Math.random() * 90 + 10);
        HttpResponse<String> refused = Probe.send("POST", "/staff-messages", Map.of("clinicId", "1",
                "reference", reference, "channel", "SMS", "recipient", "12", "text", " "));

        assertEquals(400, refused.statusCode());
        JsonObject errors = Probe.object(refused.body());
        assertEquals("message.text.required", errors.getString("text"));
        assertEquals("message.recipient.mobile", errors.getString("recipient"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", reference));
    }

    @Test
    void aTemplateWithAFieldOutsideTheAllowListIsRefusedAndTheOldTextStays() throws Exception {
        String before = (String) TestDatabase.query("SELECT body FROM message_template"
                + " WHERE kind = 'APPOINTMENT_BOOKED' AND language = 'nb'").get(0).get("body");

        HttpResponse<String> refused = Probe.send("PUT", "/templates/APPOINTMENT_BOOKED/nb",
                Map.of("subject", "Om {diagnosis}", "body", "Hei {name}, du har time {time}. Fritekst: {freeText}"));

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject errors = Probe.object(refused.body());
        assertEquals("template.field.not-allowed", errors.getString("subject"));
        assertEquals("template.field.not-allowed", errors.getString("body"));
        assertEquals(before, TestDatabase.query("SELECT body FROM message_template"
                + " WHERE kind = 'APPOINTMENT_BOOKED' AND language = 'nb'").get(0).get("body"));
    }

    @Test
    void aTemplateWithOnlyAllowListedFieldsIsSaved() throws Exception {
        String body = "Hei {name}! Timen din hos {clinic} er {time}, {place}. Ref. {reference}. {link}";

        HttpResponse<String> saved = Probe.send("PUT", "/templates/APPOINTMENT_CANCELLED/en",
                Map.of("subject", "Cancelled: {clinic}", "body", body));

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(body, TestDatabase.query("SELECT body FROM message_template"
                + " WHERE kind = 'APPOINTMENT_CANCELLED' AND language = 'en'").get(0).get("body"));
    }

    @Test
    void theCapPerNumberHoldsTheFourthSmsOfTheDayWhenThereIsNoEmail() throws Exception {
        String mobile = TestData.uniqueMobile();
        // Reminders go through the caps; they lie far ahead, and are cancelled again below.
        String start = java.time.Instant.now().plus(Duration.ofDays(3650)).toString();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> scheduled = Probe.send("POST", "/reminders", Map.of("appointmentKey", "cap-" + mobile + "-" + i,
                    "start", start, "clinicId", "1", "reference", "TB-CAP" + i, "mobile", "+47" + mobile,
                    "language", "nb", "time", "om ti år"));
            assertEquals(200, scheduled.statusCode(), scheduled.body());
        }

        List<Map<String, Object>> rows = TestDatabase.query("SELECT state, channel, held_reason FROM outbox_message"
                + " WHERE recipient = ? ORDER BY id", "+47" + mobile);
        assertEquals(List.of("QUEUED", "QUEUED", "QUEUED", "HELD"), rows.stream().map(r -> r.get("state")).toList());
        assertEquals("sms-cap-number", rows.get(3).get("held_reason"));
        assertTrue(Probe.array("/problems/1").stream().anyMatch(p -> p.getString("reason").equals("sms-cap-number")
                && p.getString("reference").equals("TB-CAP4")));

        for (int i = 1; i <= 4; i++) {
            assertEquals(204, Probe.send("DELETE", "/reminders/cap-" + mobile + "-" + i, Map.of()).statusCode());
        }
        assertEquals(4, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND state = 'CANCELLED'",
                "+47" + mobile));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A booking's confirmation travels the whole way: outbox, relay, the fake Sveve gateway over HTTP
 * or GreenMail over SMTP, in the patient's language, exactly once.
 */
@ExtendWith(TimebokDeployment.class)
class OutboundMessagingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final FakeSveveGateway sms = Peers.sms();
    private final MailPeer mail = Peers.mail();

    @Test
    void aBookingWithAMobileGivesExactlyOneSmsInBokmal() throws Exception {
        String mobile = TestData.uniqueMobile();
        String email = "sms-" + UUID.randomUUID() + "@example.no";
        String reference = Bookings.submit("nb", mobile, email);
        long id = Bookings.messageId(reference);

        Peers.await(PATIENCE, "the SMS at the fake gateway", () -> !sms.sentTo("+47" + mobile).isEmpty());
        Peers.await(PATIENCE, "the outbox row to be SENT", () -> "SENT".equals(stateOf(id)));
        // A relay run later it is still one SMS, and no email went to the same patient.
        Relay.runOnce();

        List<SentSms> received = sms.sentTo("+47" + mobile);
        assertEquals(1, received.size(), received.toString());
        SentSms one = received.get(0);
        assertEquals("tb-" + id, one.reference(), "our id travels in Sveve's ref");
        assertEquals("CMedical", one.from(), "the demo clinic's own sender name, not the configured default");
        assertTrue(one.text().startsWith("Takk! "), one.text());
        assertTrue(one.text().contains("har mottatt bestillingen din med referanse " + reference), one.text());
        assertFalse(one.text().contains("kneet"), "the patient's free text never travels");
        assertEquals(0, mail.receivedBy(email).size());

        Map<String, Object> row = TestDatabase.query("SELECT state, attempts, provider_id, sms_parts, sent_at"
                + " FROM outbox_message WHERE id = ?", id).get(0);
        assertEquals("SENT", row.get("state"));
        assertEquals(1, ((Number) row.get("attempts")).intValue());
        assertEquals(Long.toString(one.gatewayId()), row.get("provider_id"));
        assertEquals(1, ((Number) row.get("sms_parts")).intValue(), "GSM-7 with å, under 160 characters");
        assertTrue(row.get("sent_at") != null);
    }

    @Test
    void aBookingWithOnlyAnEmailGivesExactlyOneEmailInEnglishAsTextAndHtml() throws Exception {
        String email = "mail-" + UUID.randomUUID() + "@example.no";
        String reference = Bookings.submit("en", null, email);
        long id = Bookings.messageId(reference);

        Peers.await(PATIENCE, "the email in GreenMail", () -> !mail.receivedBy(email).isEmpty());
        Peers.await(PATIENCE, "the outbox row to be SENT", () -> "SENT".equals(stateOf(id)));
        Relay.runOnce();

        List<MimeMessage> received = mail.receivedBy(email);
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals("We have received your request (" + reference + ")", message.getSubject());
        assertEquals("<outbox-" + id + "@timebok.no>", message.getMessageID());
        assertEquals("no-reply@timebok.no", message.getFrom()[0].toString());
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        String text = (String) alternative.getBodyPart(0).getContent();
        assertTrue(text.contains("has received your booking request, reference " + reference), text);
        assertFalse(text.contains("kneet"), "the patient's free text never travels");
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains(reference) && html.startsWith("<!DOCTYPE html>"), html);
        assertEquals("<outbox-" + id + "@timebok.no>",
                TestDatabase.query("SELECT provider_id FROM outbox_message WHERE id = ?", id).get(0).get("provider_id"));
    }

    private static String stateOf(long id) {
        try {
            return Bookings.state(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

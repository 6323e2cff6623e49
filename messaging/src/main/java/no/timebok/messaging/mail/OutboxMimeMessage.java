package no.timebok.messaging.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import no.timebok.messaging.template.RenderedMessage;

/**
 * An outbox message as email. The Message-ID is {@code <outbox-ID@domain>}, the same on every
 * attempt, so a mail system that sees a retried send can tell it is the same message. The
 * subject comes from {@link RenderedMessage}, which has no line breaks, and is encoded by
 * Jakarta Mail; addresses are parsed {@link InternetAddress}es: no header can take a CR or LF.
 */
class OutboxMimeMessage extends MimeMessage {

    private final String messageId;

    OutboxMimeMessage(Session session, long outboxId, String domain) {
        super(session);
        this.messageId = "<outbox-" + outboxId + "@" + domain + ">";
    }

    void fill(InternetAddress from, InternetAddress to, RenderedMessage message) throws MessagingException {
        setFrom(from);
        setRecipient(Message.RecipientType.TO, to);
        setSubject(message.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        setContent(alternative);
        saveChanges();
    }

    /**
     * The headers of RFC 8058: mail clients offer an unsubscribe button that POSTs to the address
     * without a visit, and link-checking bots, which only GET, cannot unsubscribe anyone. A
     * {@link URI} holds no CR or LF, so the header cannot be split.
     */
    void oneClickUnsubscribe(URI address) throws MessagingException {
        setHeader("List-Unsubscribe", "<" + address.toASCIIString() + ">");
        setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        saveChanges();
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}

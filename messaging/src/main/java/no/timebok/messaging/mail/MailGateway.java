package no.timebok.messaging.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.messaging.outbox.SendResult;
import no.timebok.messaging.template.RenderedMessage;

/** Sends one email to the configured SMTP server. */
@ApplicationScoped
public class MailGateway {

    @Inject
    TimebokConfig config;

    /** @param unsubscribe a newsletter's one-click unsubscribe address (RFC 8058); empty for other mail */
    public SendResult send(long messageId, String address, RenderedMessage message, Optional<URI> unsubscribe) {
        InternetAddress from = config.mailFrom();
        InternetAddress to;
        try {
            to = new InternetAddress(address, true);
        } catch (AddressException e) {
            return SendResult.permanent("email-address-invalid");
        }
        Session session = Session.getInstance(properties());
        try {
            OutboxMimeMessage mime = new OutboxMimeMessage(session, messageId, domainOf(from));
            mime.fill(from, to, message);
            if (unsubscribe.isPresent()) {
                mime.oneClickUnsubscribe(unsubscribe.get());
            }
            String user = config.value(ConfigKey.SMTP_USER);
            if (user.isBlank()) {
                Transport.send(mime);
            } else {
                Transport.send(mime, user, config.value(ConfigKey.SMTP_PASSWORD));
            }
            return SendResult.accepted(mime.getMessageID(), null);
        } catch (AuthenticationFailedException e) {
            return SendResult.retry("smtp-auth");
        } catch (SendFailedException e) {
            boolean refusedRecipient = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return refusedRecipient ? SendResult.permanent("smtp-recipient-refused") : SendResult.retry("smtp-send-failed");
        } catch (MessagingException e) {
            return SendResult.retry("smtp-unreachable");
        }
    }

    private Properties properties() {
        long timeout = config.positiveDuration(ConfigKey.SMTP_TIMEOUT).toMillis();
        boolean startTls = config.flag(ConfigKey.SMTP_STARTTLS);
        Properties props = new Properties();
        props.put("mail.smtp.host", config.value(ConfigKey.SMTP_HOST));
        props.put("mail.smtp.port", Integer.toString(config.positiveInt(ConfigKey.SMTP_PORT)));
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        props.put("mail.smtp.auth", Boolean.toString(!config.value(ConfigKey.SMTP_USER).isBlank()));
        props.put("mail.smtp.connectiontimeout", Long.toString(timeout));
        props.put("mail.smtp.timeout", Long.toString(timeout));
        props.put("mail.smtp.writetimeout", Long.toString(timeout));
        return props;
    }

    static String domainOf(InternetAddress from) {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}

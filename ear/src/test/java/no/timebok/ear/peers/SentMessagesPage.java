package no.timebok.ear.peers;

import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The local run's page of everything "sent": each SMS the fake gateway took and each email
 * GreenMail received, newest first. Served on the fake gateway's port, loopback only.
 */
public final class SentMessagesPage {

    private SentMessagesPage() {
    }

    /** @param mail empty when a real SMTP server is configured */
    public static void serve(FakeSveveGateway sms, java.util.Optional<MailPeer> mail) {
        sms.addPage("/", exchange -> show(exchange, sms, mail));
    }

    private static void show(HttpExchange exchange, FakeSveveGateway sms, java.util.Optional<MailPeer> mail) throws IOException {
        try (exchange) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"5\"><title>Timebok: sent messages</title></head><body>"
                    + "<h1>Sent by the local Timebok</h1><h2>SMS (fake Sveve gateway)</h2><table border=\"1\">"
                    + "<tr><th>When</th><th>To</th><th>From</th><th>Reference</th><th>Text</th></tr>");
            List<SentSms> sent = sms.sent();
            for (int i = sent.size() - 1; i >= 0; i--) {
                SentSms s = sent.get(i);
                html.append("<tr><td>").append(s.at()).append("</td><td>+").append(escape(s.to())).append("</td><td>")
                        .append(escape(s.from())).append("</td><td>").append(escape(s.reference())).append("</td><td>")
                        .append(escape(s.text())).append("</td></tr>");
            }
            html.append("</table><h2>Email (GreenMail)</h2><table border=\"1\"><tr><th>To</th><th>Subject</th>"
                    + "<th>Message-ID</th></tr>");
            List<MimeMessage> received = mail.map(MailPeer::received).orElse(List.of());
            for (int i = received.size() - 1; i >= 0; i--) {
                MimeMessage m = received.get(i);
                try {
                    html.append("<tr><td>").append(escape(Arrays.stream(m.getAllRecipients()).map(Object::toString)
                                    .collect(Collectors.joining(", ")))).append("</td><td>").append(escape(m.getSubject()))
                            .append("</td><td>").append(escape(m.getMessageID())).append("</td></tr>");
                } catch (MessagingException e) {
                    html.append("<tr><td colspan=\"3\">unreadable message</td></tr>");
                }
            }
            html.append("</table></body></html>");
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A newsletter copy as received: its two parts, and its open marker and redirects as paths on the test server. */
final class CopyMail {

    private static final Pattern MARKER = Pattern.compile("<img src=\"([^\"]+)\" width=\"1\" height=\"1\" alt=\"\">");

    final String text;
    final String html;

    private CopyMail(String text, String html) {
        this.text = text;
        this.html = html;
    }

    /** @throws AssertionError unless the message is multipart/alternative with a plain and an HTML part */
    static CopyMail of(MimeMessage message) throws Exception {
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(plain.isMimeType("text/plain") && html.isMimeType("text/html"));
        return new CopyMail((String) plain.getContent(), (String) html.getContent());
    }

    /** The open marker's path and query. */
    String openMarker() {
        Matcher m = MARKER.matcher(html);
        assertTrue(m.find(), html);
        return pathAndQuery(m.group(1));
    }

    /** The path and query of the HTML anchor that shows {@code shown}. */
    String redirectShowing(String shown) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\">" + Pattern.quote(shown) + "</a>").matcher(html);
        assertTrue(m.find(), html);
        return pathAndQuery(m.group(1));
    }

    /** An address from the HTML (escaped) or the text, to call on the test server whatever base URL it was built with. */
    static String pathAndQuery(String address) {
        URI uri = URI.create(address.replace("&amp;", "&"));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

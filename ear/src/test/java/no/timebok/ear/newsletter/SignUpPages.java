package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.messaging.Relay;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.Peers;

/**
 * One person on the newsletter page: shows it, keeps its CSRF and fill-time tokens, posts no sooner
 * than the test domain's minimum fill time (PT1S) allows, and reads the emails that follow.
 */
final class SignUpPages {

    static final String PAGE = "/newsletter/subscribe";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|_shown)\" value=\"([^\"]*)\"");
    private static final Pattern CONFIRM_LINK = Pattern.compile("/newsletter/confirm\\?t=([A-Za-z0-9_-]{22})&lang=(nb|en)");
    private static final long MIN_FILL_MILLIS = 1100;

    final TimebokHttp http = new TimebokHttp();
    private final Map<String, String> tokens = new HashMap<>();
    private long shownAtMillis;

    SignUpPages show(String language) {
        HttpResponse<String> page = http.get(PAGE + "?lang=" + language);
        assertEquals(200, page.statusCode(), page.body());
        remember(page.body());
        shownAtMillis = System.currentTimeMillis();
        return this;
    }

    /** Posts the fields with the tokens once the minimum fill time has passed (the page's own bot check). */
    HttpResponse<String> post(Map<String, String> fields) throws InterruptedException {
        long wait = shownAtMillis + MIN_FILL_MILLIS - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        Map<String, String> all = new HashMap<>(tokens);
        all.putAll(fields);
        HttpResponse<String> response = http.postForm(PAGE, all);
        remember(response.body());
        return response;
    }

    /** Signs up at clinic 1 and answers the token of the confirmation email's link. */
    static String signUp(String name, String email, String language) throws Exception {
        HttpResponse<String> sent = new SignUpPages().show(language)
                .post(Map.of("name", name, "email", email, "clinic", "1", "lang", language));
        assertEquals(303, sent.statusCode(), sent.body());
        return confirmationToken(email);
    }

    /** The token in the one confirmation email the address received. */
    static String confirmationToken(String email) throws Exception {
        MailPeer mail = Peers.mail();
        Relay.runOnce();
        Peers.await(PATIENCE, "the confirmation email to " + email, () -> !confirmations(mail.receivedBy(email)).isEmpty());
        List<MimeMessage> confirmations = confirmations(mail.receivedBy(email));
        assertEquals(1, confirmations.size(), "exactly one confirmation email");
        Matcher link = CONFIRM_LINK.matcher(plainText(confirmations.get(0)));
        assertTrue(link.find(), plainText(confirmations.get(0)));
        return link.group(1);
    }

    static List<MimeMessage> confirmations(List<MimeMessage> received) {
        return received.stream().filter(m -> subject(m).contains("nyhetsbrevet fra") || subject(m).contains("newsletter from")).toList();
    }

    static String plainText(MimeMessage message) {
        try {
            return ((String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The unsubscribe address's path and query, to call on the test server whatever base URL it was built with. */
    static String unsubscribeLink(MimeMessage message) throws Exception {
        String header = message.getHeader("List-Unsubscribe", null);
        assertNotNull(header);
        URI uri = URI.create(header.substring(1, header.length() - 1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void remember(String body) {
        Matcher m = HIDDEN.matcher(body);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
    }
}

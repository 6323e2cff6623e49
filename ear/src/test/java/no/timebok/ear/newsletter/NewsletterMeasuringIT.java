package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.rights.RightsRequests;
import no.timebok.ear.rights.Subscribers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newsletter copy's opens and clicks are counted through its own open marker and signed
 * redirects, shown to the administrator as counts, and no longer recorded, with the copy's own
 * marks gone, once its recipient withdraws: by the copy's unsubscribe link or on the rights pages.
 * Each test deletes its newsletter, so the clinic's yearly count stays as the other tests expect.
 */
@ExtendWith(TimebokDeployment.class)
class NewsletterMeasuringIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String NEWSLETTERS = Newsletters.API;

    private final MailPeer mail = Peers.mail();

    @Test
    void opensAndClicksAreCountedPerCopyThroughSignedRedirectsAndNotAfterUnsubscribing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reader = "nl-maal-" + tag + "@example.no";
        Subscribers.book(TestData.uniqueMobile(), reader, true, "nb");
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        String target = "https://klinikk.example/vaksine?uke=" + tag;
        long id = Newsletters.write(admin, "Målt " + tag, "Measured " + tag, "Les mer: " + target + ".\n\n<script>alert(1)</script>", "See " + target);
        try {
            // beyondPromise: this send must not use up the clinic's yearly count for the other tests; it is deleted below.
            assertEquals(200, admin.post(NEWSLETTERS + "/" + id + "/send?beyondPromise=true", "").statusCode());
            Peers.await(PATIENCE, "the measured copy", () -> !mail.receivedBy(reader).isEmpty());
            MimeMessage received = Newsletters.only(mail, reader);
            CopyMail copy = CopyMail.of(received);
            assertTrue(copy.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !copy.html.contains("<script"), copy.html);
            String marker = copy.openMarker();
            String redirect = copy.redirectShowing(target);
            assertTrue(marker.matches("/newsletter/open\\?c=[A-Za-z0-9_-]{22}"), marker);
            assertTrue(copy.text.contains("/newsletter/go?") && !copy.text.contains(" " + target), "the text's link is the redirect too");
            assertFalse(marker.contains(tag) || redirect.replace(URLEncoder.encode(target, StandardCharsets.UTF_8), "").contains(tag),
                    "no personal data in the addresses");
            TimebokHttp mailProgram = new TimebokHttp();

            for (int open = 0; open < 2; open++) {
                HttpResponse<String> image = mailProgram.get(marker);
                assertEquals(200, image.statusCode());
                assertEquals("image/gif", image.headers().firstValue("Content-Type").orElse(""));
                assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
                assertTrue(image.body().startsWith("GIF89a"));
            }
            HttpResponse<String> followed = mailProgram.get(redirect);
            assertEquals(302, followed.statusCode(), followed.body());
            assertEquals(Optional.of(target), followed.headers().firstValue("Location"));
            assertEquals(List.of(1, 1, 1, 1), measures(admin, id), "one copy opened (twice), one click by one copy");

            String signature = redirect.replaceAll("^.*[?&]s=([^&]+).*$", "$1");
            String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
            for (String broken : List.of(redirect.replace("s=" + signature, "s=" + flipped),
                    redirect.replace(URLEncoder.encode(target, StandardCharsets.UTF_8), "https%3A%2F%2Fevil.example%2F"),
                    redirect.replaceAll("&s=[^&]+", ""))) {
                HttpResponse<String> refused = mailProgram.get(broken);
                assertEquals(400, refused.statusCode(), broken);
                assertTrue(refused.headers().firstValue("Location").isEmpty(), "never redirects");
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            }
            assertEquals(List.of(1, 1, 1, 1), measures(admin, id), "a refused link counts nothing");

            assertEquals(200, new TimebokHttp().postForm(Newsletters.unsubscribePath(received), Map.of("List-Unsubscribe", "One-Click")).statusCode());
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_copy c LEFT JOIN newsletter_copy_click k"
                    + " ON k.copy_digest = c.token_digest WHERE c.newsletter_id = ? AND (c.opened_at IS NOT NULL OR k.copy_digest IS NOT NULL)",
                    id), "the copy's own marks are gone with the consent");
            assertEquals(200, mailProgram.get(marker).statusCode(), "the image still answers");
            assertEquals(302, mailProgram.get(redirect).statusCode(), "the link still leads on");
            assertEquals(List.of(1, 1, 1, 1), measures(admin, id), "the counts stay, and nothing more is recorded");
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_copy WHERE newsletter_id = ? AND opened_at IS NOT NULL", id));
        } finally {
            // Other tests send newsletters at this clinic this year; its copies and counts go with it.
            TestDatabase.update("DELETE FROM newsletter WHERE id = ?", id);
        }
    }

    /** Opens, then the one link's url check, copies and clicks, as the administrator's JSON shows them. */
    private static List<Integer> measures(StaffSession admin, long id) {
        HttpResponse<String> list = admin.get(NEWSLETTERS);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject newsletter = Json.createReader(new StringReader(list.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        JsonObject link = newsletter.getJsonArray("links").getJsonObject(0);
        assertEquals(1, newsletter.getJsonArray("links").size(), newsletter.toString());
        return List.of(newsletter.getInt("opens"), link.getString("url").startsWith("https://klinikk.example/") ? 1 : 0,
                link.getInt("copies"), link.getInt("clicks"));
    }

    @Test
    void aWithdrawalOnTheRightsPagesEndsTheMeasuringOfThePersonsCopies() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reader = "nl-rettighet-" + tag + "@example.no";
        String mobile = TestData.uniqueMobile();
        Subscribers.book(mobile, reader, true, "nb");
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        String target = "https://klinikk.example/apningstider?uke=" + tag;
        long id = Newsletters.write(admin, "Rettigheter " + tag, "Rights " + tag, "Se " + target, "See " + target);
        try {
            assertEquals(200, admin.post(NEWSLETTERS + "/" + id + "/send?beyondPromise=true", "").statusCode());
            Peers.await(PATIENCE, "the measured copy", () -> !mail.receivedBy(reader).isEmpty());
            CopyMail copy = CopyMail.of(Newsletters.only(mail, reader));
            TimebokHttp mailProgram = new TimebokHttp();
            assertEquals(200, mailProgram.get(copy.openMarker()).statusCode());
            assertEquals(302, mailProgram.get(copy.redirectShowing(target)).statusCode());
            assertEquals(List.of(1, 1, 1, 1), measures(admin, id));

            StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
            long withdrawal = RightsRequests.byPhone(privacy, 1, "CONSENT_WITHDRAWAL", mobile);
            assertEquals(200, privacy.post("/api/staff/privacy/consents/" + withdrawal, Json.createObjectBuilder()
                    .add("purpose", "NEWSLETTER").add("granted", false).add("channel", "email").add("textVersion", "newsletter-2026-11")
                    .build().toString()).statusCode());
            // The clinic's other consenting addresses, from other tests, got copies too; only this one was opened.
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_copy WHERE newsletter_id = ? AND opened_at IS NOT NULL",
                    id), "the copy's open is forgotten");
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM newsletter_copy WHERE newsletter_id = ?"
                    + " AND measuring_ended_at IS NOT NULL", id), "its measuring, and only its, has ended");
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM newsletter_copy_click k JOIN newsletter_copy c"
                    + " ON k.copy_digest = c.token_digest WHERE c.newsletter_id = ?", id), "and so is its click");
            assertEquals(302, mailProgram.get(copy.redirectShowing(target)).statusCode(), "the link still leads on");
            assertEquals(200, mailProgram.get(copy.openMarker()).statusCode());
            assertEquals(List.of(1, 1, 1, 1), measures(admin, id), "the counts stay, and nothing more is recorded");
        } finally {
            TestDatabase.update("DELETE FROM newsletter WHERE id = ?", id);
        }
    }

}

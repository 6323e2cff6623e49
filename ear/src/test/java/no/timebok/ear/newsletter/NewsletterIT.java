package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.timebok.ear.messaging.Relay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
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
 * An administrator's newsletter goes through the outbox and the relay to a real SMTP server, once
 * per consenting, unrestricted address, with the RFC 8058 headers; its unsubscribe link changes
 * nothing when followed and withdraws the consent on the confirm page's POST and on a mail client's
 * one-click POST.
 */
@ExtendWith(TimebokDeployment.class)
class NewsletterIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String NEWSLETTERS = Newsletters.API;

    private final MailPeer mail = Peers.mail();

    @Test
    void aNewsletterReachesOnlyConsentingUnrestrictedAddressesOnceEachAndIsNeverSentTwice() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String yes = "nl-ja-" + tag + "@example.no";
        String english = "nl-en-" + tag + "@example.no";
        String twice = "nl-to-" + tag + "@example.no";
        Subscribers.book(TestData.uniqueMobile(), yes, true, "nb");
        Subscribers.book(TestData.uniqueMobile(), english, true, "en");
        Subscribers.book(TestData.uniqueMobile(), twice, true, "nb");
        Subscribers.book(TestData.uniqueMobile(), twice.toUpperCase(Locale.ROOT), true, "nb");
        String noBox = "nl-nei-" + tag + "@example.no";
        Subscribers.book(TestData.uniqueMobile(), noBox, false, "nb");
        String restricted = "nl-begrenset-" + tag + "@example.no";
        Submitted restrictedRequest = Subscribers.book(TestData.uniqueMobile(), restricted, true, "nb");
        TestDatabase.update("UPDATE booking_request SET processing_restricted_at = UTC_TIMESTAMP(6) WHERE id = ?", restrictedRequest.id());
        String erased = "nl-slettet-" + tag + "@example.no";
        Submitted erasedRequest = Subscribers.book(TestData.uniqueMobile(), erased, true, "nb");
        TestDatabase.update("UPDATE booking_request SET contact_erased_at = UTC_TIMESTAMP(6) WHERE id = ?", erasedRequest.id());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        String withdrawn = "nl-trukket-" + tag + "@example.no";
        String withdrawnMobile = TestData.uniqueMobile();
        Subscribers.book(withdrawnMobile, withdrawn, true, "nb");
        long withdrawal = RightsRequests.byPhone(privacy, 1, "CONSENT_WITHDRAWAL", withdrawnMobile);
        assertEquals(200, privacy.post("/api/staff/privacy/consents/" + withdrawal, Json.createObjectBuilder()
                .add("purpose", "NEWSLETTER").add("granted", false).add("channel", "email").add("textVersion", "newsletter-2026-11")
                .build().toString()).statusCode());
        String objected = "nl-innsigelse-" + tag + "@example.no";
        String objectedMobile = TestData.uniqueMobile();
        Subscribers.book(objectedMobile, objected, true, "nb");
        long objection = RightsRequests.byPhone(privacy, 1, "OBJECTION", objectedMobile);
        assertEquals(200, privacy.post("/api/staff/privacy/consents/" + objection + "/objections",
                "{\"purpose\":\"NEWSLETTER\"}").statusCode());
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));

        HttpResponse<String> invalid = admin.post(NEWSLETTERS, Json.createObjectBuilder().add("clinicId", 3)
                .add("subjectNb", "").add("subjectEn", "Two\nlines").add("textNb", " ").build().toString());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals(Map.of("clinicId", "newsletter.clinic.invalid", "subjectNb", "newsletter.subject.required",
                "subjectEn", "newsletter.subject.required", "textNb", "newsletter.text.required",
                "textEn", "newsletter.text.required"), fieldErrors(invalid));

        long id = write(admin, "Høstnytt " + tag, "Autumn news " + tag);
        HttpResponse<String> sent = admin.post(NEWSLETTERS + "/" + id + "/send", "");
        assertEquals(200, sent.statusCode(), sent.body());
        int recipients = json(sent.body()).getInt("recipients");

        List<String> queued = queuedTo("Høstnytt " + tag, "Autumn news " + tag);
        assertEquals(recipients, queued.size(), "the count stored is what was queued");
        assertEquals(List.of(english, yes, twice), queued.stream().map(r -> r.toLowerCase(Locale.ROOT))
                .filter(r -> r.endsWith(tag + "@example.no")).sorted().toList(), "consenting, unrestricted, one copy per address");
        HttpResponse<String> again = admin.post(NEWSLETTERS + "/" + id + "/send", "");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(queued.size(), queuedTo("Høstnytt " + tag, "Autumn news " + tag).size(), "nothing queued twice");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM newsletter WHERE id = ? AND sent_at IS NOT NULL AND recipients = ?",
                id, recipients));
        StaffSession bergenAdmin = StaffAccounts.create(List.of("admin"), List.of(3L));
        assertEquals(404, bergenAdmin.post(NEWSLETTERS + "/" + id + "/send", "").statusCode(), "another clinic's newsletter");

        Peers.await(PATIENCE, "the three newsletters in GreenMail", () -> !mail.receivedBy(yes).isEmpty()
                && !mail.receivedBy(english).isEmpty() && !mail.receivedBy(twice).isEmpty());
        Relay.runOnce();
        MimeMessage nb = Newsletters.only(mail, yes);
        assertEquals("Høstnytt " + tag, nb.getSubject());
        assertEquals("List-Unsubscribe=One-Click", nb.getHeader("List-Unsubscribe-Post", null));
        String unsubscribe = nb.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.matches("<http://[^>]+/newsletter/unsubscribe\\?t=[A-Za-z0-9_-]+&lang=nb>"), unsubscribe);
        assertFalse(unsubscribe.contains(tag), "no personal data readable in the address");
        assertEquals("Autumn news " + tag, Newsletters.only(mail, english).getSubject());
        assertTrue(Newsletters.only(mail, english).getHeader("List-Unsubscribe", null).endsWith("&lang=en>"));
        Newsletters.only(mail, twice);
        for (String none : List.of(noBox, restricted, erased, withdrawn, objected)) {
            assertEquals(0, mail.receivedBy(none).size(), none);
        }
    }

    @Test
    void theUnsubscribeLinkChangesNothingOnGetAndWithdrawsOnTheConfirmPostAndOnOneClick() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String confirmer = "nl-bekreft-" + tag + "@example.no";
        Submitted confirming = Subscribers.book(TestData.uniqueMobile(), confirmer, true, "nb");
        String oneClicker = "nl-ettklikk-" + tag + "@example.no";
        Submitted first = Subscribers.book(TestData.uniqueMobile(), oneClicker, true, "en");
        Submitted second = Subscribers.book(TestData.uniqueMobile(), oneClicker, true, "en");
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        long id = write(admin, "Vinternytt " + tag, "Winter news " + tag);
        assertEquals(200, admin.post(NEWSLETTERS + "/" + id + "/send", "").statusCode());
        Peers.await(PATIENCE, "both newsletters", () -> !mail.receivedBy(confirmer).isEmpty() && !mail.receivedBy(oneClicker).isEmpty());
        String confirmLink = Newsletters.unsubscribePath(Newsletters.only(mail, confirmer));
        String oneClickLink = Newsletters.unsubscribePath(Newsletters.only(mail, oneClicker));
        long eventsBefore = events(confirming, first, second);

        HttpResponse<String> shown = new TimebokHttp().get(confirmLink);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("method=\"post\"") && shown.body().contains("id=\"unsubscribe-confirm\""), shown.body());
        assertEquals(eventsBefore, events(confirming, first, second), "a GET, as a mail scanner sends, changes nothing");
        assertEquals("true/false/booking-form", Subscribers.latestNewsletterEvent(confirming.id()));
        String token = confirmLink.replaceAll("^.*[?&]t=([^&]+).*$", "$1");
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        for (String broken : List.of("", "?t=", "?t=%25%25", "?t=not-a-token", "?t=" + tampered)) {
            HttpResponse<String> page = new TimebokHttp().get("/newsletter/unsubscribe" + broken);
            assertEquals(400, page.statusCode(), broken);
            assertTrue(page.body().contains("id=\"unsubscribe-invalid\""), page.body());
        }
        assertEquals(400, new TimebokHttp().postForm("/newsletter/unsubscribe", Map.of("t", tampered)).statusCode());
        assertEquals(eventsBefore, events(confirming, first, second));

        HttpResponse<String> confirmed = new TimebokHttp().postForm("/newsletter/unsubscribe", Map.of("t", token, "lang", "nb"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("id=\"unsubscribe-done\""), confirmed.body());
        assertEquals("false/false/unsubscribe-link", Subscribers.latestNewsletterEvent(confirming.id()));
        assertEquals("true/false/booking-form", Subscribers.latestNewsletterEvent(first.id()), "only that address");

        HttpResponse<String> oneClick = new TimebokHttp().postForm(oneClickLink, Map.of("List-Unsubscribe", "One-Click"));
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals("false/false/unsubscribe-link", Subscribers.latestNewsletterEvent(first.id()));
        assertEquals("false/false/unsubscribe-link", Subscribers.latestNewsletterEvent(second.id()));
        assertEquals(200, new TimebokHttp().postForm(oneClickLink, Map.of("List-Unsubscribe", "One-Click")).statusCode());
        assertEquals(eventsBefore + 3, events(confirming, first, second), "one withdrawal per request, however often it is pressed");
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id IN (?, ?, ?)"
                + " AND granted", confirming.id(), first.id(), second.id()), "the grants are still documented");

        long next = write(admin, "Vårnytt " + tag, "Spring news " + tag);
        assertEquals(200, admin.post(NEWSLETTERS + "/" + next + "/send", "").statusCode());
        List<String> queued = queuedTo("Vårnytt " + tag, "Spring news " + tag).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        assertFalse(queued.contains(confirmer) || queued.contains(oneClicker), queued.toString());
    }

    @Test
    void twoSendsAtOnceQueueOneSetOfCopies() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Subscribers.book(TestData.uniqueMobile(), "nl-samtidig-" + tag + "@example.no", true, "nb");
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        long id = write(admin, "Samtidig " + tag, "At once " + tag);

        List<Integer> statuses;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sends.add(threads.submit(() -> {
                    go.await();
                    return admin.post(NEWSLETTERS + "/" + id + "/send", "").statusCode();
                }));
            }
            go.countDown();
            statuses = new ArrayList<>();
            for (Future<Integer> send : sends) {
                statuses.add(send.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        List<String> queued = queuedTo("Samtidig " + tag, "At once " + tag);
        assertEquals(1, queued.stream().filter(r -> r.equalsIgnoreCase("nl-samtidig-" + tag + "@example.no")).count());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM newsletter WHERE id = ? AND recipients = ?", id, queued.size()));
    }

    @Test
    void thePageIsForAdministratorsAndListsTheNewsletters() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        write(admin, "Sidenytt <b>" + tag + "</b>", "Page news " + tag);

        HttpResponse<String> page = admin.http().get("/staff/admin/newsletter.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"newsletter-form\""), page.body());
        assertTrue(page.body().contains("Sidenytt &lt;b&gt;" + tag), "listed, and escaped");
        assertTrue(page.body().contains("id=\"nav-newsletter\""));
        assertEquals(403, StaffAccounts.reception(1).http().get("/staff/admin/newsletter.xhtml").statusCode());
        assertEquals(403, StaffAccounts.create(List.of("privacy"), List.of(1L)).get(NEWSLETTERS).statusCode());
    }

    private static long write(StaffSession admin, String subjectNb, String subjectEn) {
        return Newsletters.write(admin, subjectNb, subjectEn, "Influensavaksine fra mandag.", "Flu shots from Monday.");
    }

    private static List<String> queuedTo(String nb, String en) throws SQLException {
        return TestDatabase.query("SELECT recipient FROM outbox_message WHERE kind = 'NEWSLETTER' AND subject IN (?, ?)", nb, en)
                .stream().map(r -> (String) r.get("recipient")).collect(Collectors.toList());
    }

    private static long events(Submitted... requests) throws SQLException {
        long total = 0;
        for (Submitted r : requests) {
            total += TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ?", r.id());
        }
        return total;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        return json(response.body()).getJsonArray("errors").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }
}

package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.Deployments;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy officer records a person's consents and objections on a rights request: the history
 * keeps every grant after its withdrawal, the database refuses to change or remove it, and an
 * objection is accepted only for the purposes that allow one.
 */
@ExtendWith(TimebokDeployment.class)
class ConsentIT {

    private static final String CONSENTS = "/api/staff/privacy/consents/";

    @Test
    void theHistorySurvivesAWithdrawalAndTheDatabaseRefusesToChangeIt() throws Exception {
        String mobile = TestData.uniqueMobile();
        String email = "samtykke-" + UUID.randomUUID() + "@example.no";
        Submitted withBox = Subscribers.book(mobile, email, true, "nb");
        Submitted withoutBox = Subscribers.book(mobile, email, false, "nb");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rightsRequest = RightsRequests.byPhone(privacy, 1, "CONSENT_WITHDRAWAL", mobile);

        JsonObject before = json(privacy.get(CONSENTS + rightsRequest));
        assertEquals("GRANTED", state(before, "NEWSLETTER").getString("state"), "the form's box is a grant");
        assertEquals("booking-form", state(before, "NEWSLETTER").getString("channel"));
        assertEquals("NONE", state(before, "QUALITY_REGISTRY").getString("state"));

        HttpResponse<String> withdrawn = privacy.post(CONSENTS + rightsRequest, change("NEWSLETTER", false, "phone", "newsletter-2026-11"));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        JsonObject after = json(withdrawn);
        assertEquals("WITHDRAWN", state(after, "NEWSLETTER").getString("state"));
        assertEquals("phone", state(after, "NEWSLETTER").getString("channel"));
        List<JsonObject> history = after.getJsonArray("history").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of("WITHDRAWN", "GRANTED"), history.stream().map(h -> h.getString("state")).toList(),
                "newest first, and the grant is still there");
        assertEquals(Set.of(withBox.reference(), withoutBox.reference()), history.get(0).getJsonArray("references").stream()
                .map(r -> ((jakarta.json.JsonString) r).getString()).collect(Collectors.toSet()), "one change for all the person's requests");
        assertEquals("false/false/phone", Subscribers.latestNewsletterEvent(withBox.id()));
        assertEquals("false/false/phone", Subscribers.latestNewsletterEvent(withoutBox.id()));

        HttpResponse<String> granted = privacy.post(CONSENTS + rightsRequest, change("INSURANCE_DATA_EXCHANGE", true, "in-person", "insurance-v1"));
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("GRANTED", state(json(granted), "INSURANCE_DATA_EXCHANGE").getString("state"));
        assertEquals("insurance-v1", state(json(granted), "INSURANCE_DATA_EXCHANGE").getString("textVersion"));

        assertEquals(5, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id IN (?, ?)",
                withBox.id(), withoutBox.id()), "the form's grant, then two rows per change");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ?"
                + " AND action = 'CONSENT_RECORDED'", rightsRequest));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id IN (?, ?)"
                + " AND staff_user_id IS NOT NULL AND rights_request_id = ? AND purpose = 'INSURANCE_DATA_EXCHANGE'",
                withBox.id(), withoutBox.id(), rightsRequest), "who recorded it, and on which request");

        SQLException update = assertThrows(SQLException.class, () -> TestDatabase.update(
                "UPDATE consent_event SET granted = TRUE WHERE booking_request_id = ?", withBox.id()));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> TestDatabase.update(
                "DELETE FROM consent_event WHERE booking_request_id = ?", withBox.id()));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertEquals(5, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id IN (?, ?)",
                withBox.id(), withoutBox.id()));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ? AND granted"
                + " AND channel = 'booking-form'", withBox.id()), "the original grant is untouched");
    }

    @Test
    void anObjectionToTheNewsletterEndsTheAddressesSubscriptionsAsUnsubscribingDoes() throws Exception {
        String email = "innsigelse-" + UUID.randomUUID() + "@example.no";
        long subscribed = Subscribers.signedUp(1, "Kari Abonnent", email, "CONFIRMED");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rightsRequest = RightsRequests.register(privacy, 1, "OBJECTION", "EMAIL", email,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")));

        HttpResponse<String> refused = privacy.post(CONSENTS + rightsRequest + "/objections", objection("QUALITY_REGISTRY"));
        HttpResponse<String> newsletter = privacy.post(CONSENTS + rightsRequest + "/objections", objection("NEWSLETTER"));

        assertEquals(400, refused.statusCode(), "a subscription is only for the newsletter: " + refused.body());
        assertEquals(200, newsletter.statusCode(), newsletter.body());
        assertEquals("UNSUBSCRIBED/null/null/false", Subscribers.subscriber(subscribed));
        assertEquals(List.of("true/newsletter-page", "false/rights-request"), Subscribers.subscriberEvents(subscribed));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ?"
                + " AND action = 'OBJECTION_RECORDED' AND detail LIKE '%1 subscriptions'", rightsRequest));
    }

    @Test
    void anObjectionIsRecordedForTheNewsletterAndQualityRegistryOnlyAndStopsThePurpose() throws Exception {
        String mobile = TestData.uniqueMobile();
        Submitted booked = Subscribers.book(mobile, "innsigelse-" + UUID.randomUUID() + "@example.no", true, "en");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rightsRequest = RightsRequests.byPhone(privacy, 1, "OBJECTION", mobile);

        HttpResponse<String> newsletter = privacy.post(CONSENTS + rightsRequest + "/objections", objection("NEWSLETTER"));
        assertEquals(200, newsletter.statusCode(), newsletter.body());
        assertEquals("OBJECTED", state(json(newsletter), "NEWSLETTER").getString("state"));
        assertEquals("false/true/rights-request", Subscribers.latestNewsletterEvent(booked.id()));
        HttpResponse<String> registry = privacy.post(CONSENTS + rightsRequest + "/objections", objection("QUALITY_REGISTRY"));
        assertEquals(200, registry.statusCode(), registry.body());
        JsonObject overview = json(registry);
        assertEquals("OBJECTED", state(overview, "QUALITY_REGISTRY").getString("state"));
        assertEquals(List.of("OBJECTED", "OBJECTED", "GRANTED"), overview.getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("state")).toList(), "shown as objections, the grant kept");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ?"
                + " AND action = 'OBJECTION_RECORDED'", rightsRequest));

        for (String purpose : List.of("INSURANCE_DATA_EXCHANGE", "RECORD_FETCHING")) {
            HttpResponse<String> refused = privacy.post(CONSENTS + rightsRequest + "/objections", objection(purpose));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(Map.of("purpose", "consent.objection.notAllowed"), fieldErrors(refused));
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ?"
                + " AND purpose IN ('INSURANCE_DATA_EXCHANGE', 'RECORD_FETCHING')", booked.id()), "nothing half-written");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ?"
                + " AND action = 'OBJECTION_RECORDED'", rightsRequest));
    }

    @Test
    void badInputIsAnsweredPerFieldAndOnlyTheClinicsPrivacyOfficerMayLook() throws Exception {
        String mobile = TestData.uniqueMobile();
        Submitted booked = Subscribers.book(mobile, "feil-" + UUID.randomUUID() + "@example.no", false, "nb");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rightsRequest = RightsRequests.byPhone(privacy, 1, "CONSENT_WITHDRAWAL", mobile);

        HttpResponse<String> invalid = privacy.post(CONSENTS + rightsRequest, Json.createObjectBuilder()
                .add("purpose", "MARKETING").add("channel", "booking-form").add("textVersion", "<script>").build().toString());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertEquals(Map.of("purpose", "consent.purpose.invalid", "granted", "consent.granted.required",
                "channel", "consent.channel.invalid", "textVersion", "consent.textVersion.invalid"), fieldErrors(invalid));
        HttpResponse<String> empty = privacy.post(CONSENTS + rightsRequest + "/objections", "{}");
        assertEquals(Map.of("purpose", "consent.purpose.invalid"), fieldErrors(empty));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ?", booked.id()));

        StaffSession bergen = StaffAccounts.create(List.of("privacy"), List.of(3L));
        assertEquals(404, bergen.get(CONSENTS + rightsRequest).statusCode(), "another clinic's request does not exist");
        assertEquals(404, bergen.post(CONSENTS + rightsRequest, change("NEWSLETTER", true, "phone", "v1")).statusCode());
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(403, reception.get(CONSENTS + rightsRequest).statusCode());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ?", booked.id()));
    }

    @Test
    void theIncludeShowsTheStateAndRecordsAWithdrawalAndAnObjectionThroughItsForms() throws Exception {
        String mobile = TestData.uniqueMobile();
        Submitted booked = Subscribers.book(mobile, "side-" + UUID.randomUUID() + "@example.no", true, "nb");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rightsRequest = RightsRequests.byPhone(privacy, 1, "CONSENT_WITHDRAWAL", mobile);
        String page = Deployments.CONSENTS_PAGE + "?id=" + rightsRequest;

        HttpResponse<String> shown = privacy.http().get(page);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("data-purpose=\"NEWSLETTER\" data-state=\"GRANTED\""), shown.body());

        HttpResponse<String> refused = submit(privacy, shown.body(), rightsRequest, "consent-form", "record",
                Map.of("purpose", "NEWSLETTER", "granted", "false", "channel", "letter", "textVersion", ""));
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Oppgi versjonen av samtykketeksten"), refused.body());
        assertEquals("true/false/booking-form", Subscribers.latestNewsletterEvent(booked.id()));

        HttpResponse<String> withdrawn = submit(privacy, refused.body(), rightsRequest, "consent-form", "record",
                Map.of("purpose", "NEWSLETTER", "granted", "false", "channel", "letter", "textVersion", "newsletter-2026-11"));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("data-purpose=\"NEWSLETTER\" data-state=\"WITHDRAWN\""), withdrawn.body());
        assertEquals("false/false/letter", Subscribers.latestNewsletterEvent(booked.id()));

        HttpResponse<String> objected = submit(privacy, withdrawn.body(), rightsRequest, "objection-form", "object",
                Map.of("purpose", "QUALITY_REGISTRY"));
        assertEquals(200, objected.statusCode(), objected.body());
        assertTrue(objected.body().contains("data-purpose=\"QUALITY_REGISTRY\" data-state=\"OBJECTED\""), objected.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ? AND objection"
                + " AND purpose = 'QUALITY_REGISTRY'", booked.id()));
    }

    /** Posts one of the include's forms as a browser does: its fields, its button, the view state and the page's id. */
    private static HttpResponse<String> submit(StaffSession staff, String html, long rightsRequest, String form, String button,
                                               Map<String, String> fields) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(state.find(), html);
        Map<String, String> post = new java.util.HashMap<>();
        post.put(form, form);
        post.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        post.put(form + ":" + button, "x");
        post.put("id", String.valueOf(rightsRequest));
        fields.forEach((name, value) -> post.put(form + ":" + name, value));
        return staff.http().postForm(Deployments.CONSENTS_PAGE, post);
    }

    static String change(String purpose, boolean granted, String channel, String textVersion) {
        return Json.createObjectBuilder().add("purpose", purpose).add("granted", granted).add("channel", channel)
                .add("textVersion", textVersion).build().toString();
    }

    static String objection(String purpose) {
        return Json.createObjectBuilder().add("purpose", purpose).build().toString();
    }

    static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonObject state(JsonObject overview, String purpose) {
        return overview.getJsonArray("purposes").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("purpose").equals(purpose)).findFirst().orElseThrow();
    }

    static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }
}

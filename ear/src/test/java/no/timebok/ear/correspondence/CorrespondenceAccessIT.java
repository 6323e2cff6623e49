package no.timebok.ear.correspondence;

import static no.timebok.ear.correspondence.Threads.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may see and do what with correspondence and templates: deny by default, clinic by clinic. */
@ExtendWith(TimebokDeployment.class)
class CorrespondenceAccessIT {

    private static final String TEMPLATES = "/api/staff/admin/templates";

    @Test
    void anotherClinicsRequestIsNotFoundOnEveryEndpointAndPage() throws Exception {
        Submitted oslo = PatientRequests.atOslo("Fremmed" + UUID.randomUUID().toString().substring(0, 8), "Tekst");
        StaffSession bergen = StaffAccounts.reception(3);
        long messageId = ((Number) TestDatabase.query("SELECT id FROM outbox_message WHERE subject_reference = ?",
                oslo.reference()).get(0).get("id")).longValue();
        String base = "/api/staff/correspondence/requests/" + oslo.id();

        assertEquals(404, bergen.get(base + "/thread").statusCode());
        assertEquals(404, bergen.post(base + "/messages", StaffThreadIT.json("SMS", "+4791234567", "Hei")).statusCode());
        assertEquals(404, bergen.http().putJson(base + "/messages/" + messageId + "/journal-decision",
                "{\"decision\":\"TRANSFER\"}").statusCode());
        assertEquals(404, bergen.http().get("/staff/request.xhtml?id=" + oslo.id()).statusCode());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'STAFF_MESSAGE'",
                oslo.reference()));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM message_journal WHERE message_id = ?", messageId));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'THREAD_VIEWED'",
                oslo.id()));
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        TimebokHttp anonymous = new TimebokHttp();
        for (String api : List.of("/api/staff/correspondence/requests/1/thread", "/api/staff/correspondence/problems",
                "/api/staff/correspondence/unmatched", TEMPLATES)) {
            assertEquals(401, anonymous.getJson(api).statusCode(), api);
        }
        assertEquals(401, anonymous.postJson("/api/staff/correspondence/requests/1/messages",
                StaffThreadIT.json("SMS", "+4791234567", "Hei")).statusCode());
        assertEquals(401, anonymous.putJson(TEMPLATES + "/APPOINTMENT_BOOKED/nb", "{\"subject\":\"x\",\"body\":\"y\"}").statusCode());
        for (String page : List.of("/staff/messages.xhtml", "/staff/admin/templates.xhtml")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml"), page);
        }
    }

    @Test
    void receptionCanNeitherReadNorEditTemplatesNorSeeUnmatchedReplies() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        String before = body("APPOINTMENT_BOOKED", "nb");

        assertEquals(403, reception.get(TEMPLATES).statusCode());
        assertEquals(403, reception.http().putJson(TEMPLATES + "/APPOINTMENT_BOOKED/nb",
                "{\"subject\":\"Time\",\"body\":\"Hei {name}\"}").statusCode());
        assertEquals(403, reception.http().get("/staff/admin/templates.xhtml").statusCode());
        assertEquals(403, reception.get("/api/staff/correspondence/unmatched").statusCode());
        HttpResponse<String> messages = reception.http().get("/staff/messages.xhtml");
        assertEquals(200, messages.statusCode());
        assertTrue(messages.body().contains("Feilet eller holdt tilbake"), messages.body());
        assertFalse(messages.body().contains("id=\"unmatched\""));
        assertEquals(before, body("APPOINTMENT_BOOKED", "nb"));
    }

    @Test
    void aTemplateWithFreeTextIsRefusedNamingTheFieldAndTheOldTextStays() throws Exception {
        StaffSession admin = StaffAccounts.admin();
        String before = body("APPOINTMENT_BOOKED", "nb");

        HttpResponse<String> refused = admin.http().putJson(TEMPLATES + "/APPOINTMENT_BOOKED/nb",
                "{\"subject\":\"Time hos {clinic}\",\"body\":\"Hei {name}. Du skrev: {freeText}\"}");
        HttpResponse<String> badKind = admin.http().putJson(TEMPLATES + "/DIAGNOSIS/xx", "{\"subject\":\"a\",\"body\":\"b\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(Map.of("body", "template.field.not-allowed"), StaffThreadIT.errors(refused));
        assertEquals(before, body("APPOINTMENT_BOOKED", "nb"));
        assertEquals(400, badKind.statusCode());
        assertEquals(Map.of("kind", "template.kind.unknown", "language", "template.language.unknown"), StaffThreadIT.errors(badKind));
    }

    @Test
    void theAdminListsAndSavesTemplatesThroughApiAndPage() throws Exception {
        StaffSession admin = StaffAccounts.admin();
        List<JsonObject> all = array(admin.get(TEMPLATES).body());
        JsonObject original = all.stream().filter(t -> t.getString("kind").equals("APPOINTMENT_CANCELLED")
                && t.getString("language").equals("en")).findFirst().orElseThrow();
        String edited = "Hello {name}, your appointment at {clinic} on {time} is cancelled. Ref. {reference}. {link}";
        try {
            HttpResponse<String> saved = admin.http().putJson(TEMPLATES + "/APPOINTMENT_CANCELLED/en",
                    Json.createObjectBuilder().add("subject", original.getString("subject")).add("body", edited).build().toString());

            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(edited, body("APPOINTMENT_CANCELLED", "en"));
            assertTrue(all.size() >= 10, "every kind in both languages: " + all.size());
            String page = admin.http().get("/staff/admin/templates.xhtml").body();
            assertTrue(page.contains("APPOINTMENT_CANCELLED/en"), page);
            assertTrue(page.contains(edited));
        } finally {
            admin.http().putJson(TEMPLATES + "/APPOINTMENT_CANCELLED/en", Json.createObjectBuilder()
                    .add("subject", original.getString("subject")).add("body", original.getString("body")).build().toString());
        }
    }

    @Test
    void anUnmatchedReplyIsShownToTheAdminInertly() throws Exception {
        String stranger = "+47" + TestData.uniqueMobile();
        String text = "Hvem er dette? <script>alert(1)</script> " + UUID.randomUUID();
        assertEquals(204, Peers.sms().postInbound(Threads.INBOUND, Peers.WEBHOOK_SECRET, stranger, text));
        StaffSession admin = StaffAccounts.admin();

        List<JsonObject> unmatched = array(admin.get("/api/staff/correspondence/unmatched").body());
        String page = admin.http().get("/staff/messages.xhtml").body();

        assertTrue(unmatched.stream().anyMatch(u -> u.getString("text", "").equals(text) && u.getString("sender", "").equals(stranger)),
                unmatched.toString());
        assertTrue(page.contains(text.replace("<", "&lt;").replace(">", "&gt;")), page);
        assertFalse(page.contains("<script>alert(1)</script>"));
    }

    @Test
    void theTemplatePageShowsTheRefusalUnderTheFieldAndKeepsWhatWasTyped() throws Exception {
        StaffSession admin = StaffAccounts.admin();
        String before = body("APPOINTMENT_BOOKED", "nb");
        HttpResponse<String> page = admin.http().get("/staff/admin/templates.xhtml");
        String html = page.body();
        int at = html.indexOf("data-template=\"APPOINTMENT_BOOKED/nb\"");
        assertTrue(at > 0, html);
        int index = html.substring(0, at).split("<fieldset class=\"template\"", -1).length - 2;
        String formId = "template-" + index;
        String row = formId + ":";
        String typed = "Hei {name}, du skrev {freeText} <b>";
        Map<String, String> form = new java.util.HashMap<>();
        form.put(formId, formId);
        form.put(row + "subject", "Timen din hos {clinic}");
        form.put(row + "body", typed);
        form.put(row + "save", "Lagre");
        form.put("jakarta.faces.ViewState", Threads.viewState(page));

        HttpResponse<String> answer = admin.http().postForm("/staff/admin/templates.xhtml", form);

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Bare feltene {name}"), answer.body());
        assertTrue(answer.body().contains("Hei {name}, du skrev {freeText} &lt;b&gt;"), "what was typed stays in the field");
        assertEquals(before, body("APPOINTMENT_BOOKED", "nb"));
    }

    private static String body(String kind, String language) throws Exception {
        return (String) TestDatabase.query("SELECT body FROM message_template WHERE kind = ? AND language = ?", kind, language)
                .get(0).get("body");
    }
}

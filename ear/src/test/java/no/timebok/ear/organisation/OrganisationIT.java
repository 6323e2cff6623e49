package no.timebok.ear.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator sets up the clinic group, a clinic and its kinds of visit through the API, and
 * patients can ask for them on the public form at once. Clinics made here are switched off again at
 * the end, so the other tests' public form keeps its demo clinics only.
 */
@ExtendWith(TimebokDeployment.class)
class OrganisationIT {

    private static final String API = "/api/staff/admin/organisation";
    private static final long BERGEN = 3;

    @Test
    void aNewClinicAndItsKindOfVisitAreOnThePublicFormAndTakeRequests() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String name = "Zz Klinikk Ål " + unique();

        HttpResponse<String> created = admin.post(API + "/clinics", clinic(name).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject clinic = json(created.body());
        long clinicId = clinic.getJsonNumber("id").longValue();
        assertTrue(clinic.getString("code").startsWith("zz-klinikk-al-"), clinic.toString());
        assertEquals("+4722334455", clinic.getString("phone"), "the phone number is kept in E.164");
        try {
            assertTrue(ids(json(admin.get(API).body()), "clinics").contains(clinicId), "the creator works at the new clinic");
            assertFalse(new TimebokHttp().get("/").body().contains(name), "a clinic with no kind of visit is not offered yet");

            HttpResponse<String> visit = admin.post(API + "/visit-types", Json.createObjectBuilder().add("clinicId", clinicId)
                    .add("nameNb", "Hudsjekk").add("nameEn", "Skin check").add("slotMinutes", 45).build().toString());
            assertEquals(201, visit.statusCode(), visit.body());
            long visitTypeId = json(visit.body()).getJsonNumber("id").longValue();
            assertEquals("hudsjekk", json(visit.body()).getString("code"));

            String form = new TimebokHttp().get("/").body();
            assertTrue(form.contains(name) && form.contains("Hudsjekk"), "the public form offers the new clinic");
            String lastName = "Oppsett" + unique();
            Map<String, String> fields = new java.util.HashMap<>(FormSession.validForm(lastName, "Et føflekk-spørsmål"));
            fields.put("clinic", Long.toString(clinicId));
            fields.put("visitType", Long.toString(visitTypeId));
            assertEquals(303, new FormSession(new TimebokHttp()).show("nb").post(fields).statusCode());
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE clinic_id = ? AND visit_type_id = ?",
                    clinicId, visitTypeId), "the request is stored for the new clinic");
            String mobile = "+47" + fields.get("phone");
            Peers.await(Duration.ofSeconds(30), "the confirmation SMS", () -> !Peers.sms().sentTo(mobile).isEmpty());
            assertEquals("Klinikk", Peers.sms().sentTo(mobile).get(0).from(), "the SMS goes out under the clinic's own name");

            assertEquals(1, events("CLINIC_CREATED", API + "/clinics/" + clinicId));
            assertEquals(1, events("VISIT_TYPE_CREATED", API + "/visit-types/" + visitTypeId));
        } finally {
            HttpResponse<String> closed = admin.put(API + "/clinics/" + clinicId, clinic(name).add("active", false).build().toString());
            assertEquals(200, closed.statusCode(), closed.body());
        }
        assertFalse(new TimebokHttp().get("/").body().contains(name), "a clinic switched off is not offered");
        assertEquals(1, events("CLINIC_CHANGED", API + "/clinics/" + clinicId));
    }

    @Test
    void everyWrongFieldComesBackAtOnceAndNothingIsStored() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String city = "Feilby" + unique();

        HttpResponse<String> clinic = admin.post(API + "/clinics", Json.createObjectBuilder().add("name", " ")
                .add("streetAddress", "Gate 1").add("postalCode", "12345").add("city", city).add("phone", "ring meg")
                .add("email", "post@").add("organisationNumber", "974760674").add("smsSender", "C Medical").build().toString());
        assertEquals(Map.of("name", "organisation.text.required", "postalCode", "organisation.postalCode.invalid",
                "phone", "organisation.phone.invalid", "email", "organisation.email.invalid",
                "organisationNumber", "organisation.orgnr.invalid", "smsSender", "organisation.smsSender.invalid"),
                fieldErrors(clinic));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM clinic WHERE city = ?", city));

        HttpResponse<String> taken = admin.post(API + "/clinics", clinic("Annen").add("code", "bergen").build().toString());
        assertEquals(Map.of("code", "organisation.code.taken"), fieldErrors(taken));

        HttpResponse<String> visit = admin.post(API + "/visit-types", Json.createObjectBuilder().add("clinicId", BERGEN)
                .add("nameNb", "").add("nameEn", "x".repeat(121)).add("slotMinutes", 20).build().toString());
        assertEquals(Map.of("nameNb", "organisation.visitName.invalid", "nameEn", "organisation.visitName.invalid",
                "slotMinutes", "setup.slot.invalid"), fieldErrors(visit));

        HttpResponse<String> group = admin.put(API + "/group", Json.createObjectBuilder().add("name", "Gruppe")
                .add("dpoEmail", "personvern").add("dpoPhone", "12").build().toString());
        assertEquals(Map.of("dpoEmail", "organisation.email.invalid", "dpoPhone", "organisation.phone.invalid"),
                fieldErrors(group));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM clinic_group WHERE name = 'Gruppe'"));
    }

    @Test
    void anotherClinicsItemsAreNotFoundAndOnlyAdministratorsGetIn() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        long oslo = 1;
        long osloConsultation = 11;

        JsonObject overview = json(admin.get(API).body());
        assertEquals(Set.of(BERGEN), ids(overview, "clinics"));
        assertTrue(overview.getJsonArray("visitTypes").stream()
                .allMatch(v -> v.asJsonObject().getJsonNumber("clinicId").longValue() == BERGEN));
        assertEquals(404, admin.put(API + "/clinics/" + oslo, clinic("Kapret").build().toString()).statusCode());
        assertEquals(404, admin.put(API + "/visit-types/" + osloConsultation, Json.createObjectBuilder()
                .add("nameNb", "Kapret").add("nameEn", "Taken").add("slotMinutes", 30).build().toString()).statusCode());
        assertEquals(Map.of("clinicId", "staff.clinics.invalid"), fieldErrors(admin.post(API + "/visit-types",
                Json.createObjectBuilder().add("clinicId", oslo).add("nameNb", "Kapret").add("nameEn", "Taken")
                        .add("slotMinutes", 30).build().toString())));
        assertEquals("C-Medical Oslo sentrum", TestDatabase.query("SELECT name FROM clinic WHERE id = ?", oslo).get(0).get("name"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM visit_type WHERE name_nb = 'Kapret'"));

        StaffSession reception = StaffAccounts.reception(BERGEN);
        assertEquals(403, reception.get(API).statusCode());
        assertEquals(403, reception.post(API + "/clinics", clinic("Zz").build().toString()).statusCode());
        assertEquals(403, reception.get("/staff/admin/organisation.xhtml").statusCode());
        assertTrue(Set.of(401, 302, 303).contains(new TimebokHttp().getJson(API).statusCode()), "anonymous is refused");
        HttpResponse<String> page = admin.get("/staff/admin/organisation.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("C-Medical Bergen") && !page.body().contains("C-Medical Oslo sentrum"),
                "the page shows the administrator's own clinic only");
    }

    @Test
    void theGroupTakesANameAndALogoButNoOtherFile() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        JsonObject before = json(admin.get(API).body()).getJsonObject("group");
        String name = "Zz Gruppen " + unique();
        try {
            HttpResponse<String> changed = admin.put(API + "/group", Json.createObjectBuilder().add("name", name)
                    .add("organisationNumber", "974 760 673").add("dpoName", "Ombudet").add("dpoEmail", "DPO@Example.no")
                    .add("dpoPhone", "22 00 00 09").build().toString());
            assertEquals(200, changed.statusCode(), changed.body());
            JsonObject group = json(changed.body());
            assertEquals("974760673", group.getString("organisationNumber"));
            assertEquals("+4722000009", group.getString("dpoPhone"));
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM clinic_group WHERE name = ?", name));

            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
            HttpResponse<String> logo = admin.http().putBytes(API + "/group/logo", "image/png", png);
            assertEquals(200, logo.statusCode(), logo.body());
            assertTrue(json(logo.body()).getBoolean("hasLogo"));
            assertEquals("image/png", TestDatabase.query("SELECT logo_type FROM clinic_group").get(0).get("logo_type"));

            byte[] svg = "<svg onload=\"alert(1)\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(Map.of("logo", "organisation.logo.invalid"),
                    fieldErrors(admin.http().putBytes(API + "/group/logo", "image/png", svg)));
            assertEquals(Map.of("logo", "organisation.logo.invalid"), fieldErrors(admin.http()
                    .putBytes(API + "/group/logo", "image/png", java.util.Arrays.copyOf(png, 100 * 1024 + 1))));
            assertEquals("image/png", TestDatabase.query("SELECT logo_type FROM clinic_group").get(0).get("logo_type"),
                    "a refused upload leaves the logo as it was");
            assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = 'CLINIC_GROUP_CHANGED'"
                    + " AND staff_user_id = (SELECT id FROM staff_user WHERE username = ?)", admin.username()));
        } finally {
            TestDatabase.update("UPDATE clinic_group SET logo = NULL, logo_type = NULL");
            assertEquals(200, admin.put(API + "/group", Json.createObjectBuilder().add("name", before.getString("name"))
                    .add("organisationNumber", before.getString("organisationNumber")).add("dpoName", before.getString("dpoName"))
                    .add("dpoEmail", before.getString("dpoEmail")).add("dpoPhone", before.getString("dpoPhone"))
                    .build().toString()).statusCode());
        }
    }

    private static JsonObjectBuilder clinic(String name) {
        return Json.createObjectBuilder().add("name", name).add("streetAddress", "Testveien 3").add("postalCode", "0150")
                .add("city", "Oslo").add("phone", "22 33 44 55").add("email", "test@klinikk.example")
                .add("organisationNumber", "974760673").add("openingHoursNb", "Mandag–fredag 08–16")
                .add("openingHoursEn", "Monday–Friday 8–16").add("smsSender", "Klinikk");
    }

    private static long events(String kind, String path) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = ? AND path = ?", kind, path);
    }

    private static Set<Long> ids(JsonObject overview, String list) {
        return overview.getJsonArray(list).stream().map(c -> c.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}

package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.retention.FacesForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator chooses, per kind of visit, how patients book it, and per clinic how far ahead
 * and until when patients may book themselves and whether a waiting list is offered, through the API
 * and on the pages. Changes are made to Bergen (clinic 3) and its consultation (31), and put back to
 * the demo values in {@code finally}.
 */
@ExtendWith(TimebokDeployment.class)
class SelfBookingSettingsIT {

    private static final long BERGEN = 3;
    private static final long OSLO = 1;
    private static final long BERGEN_CONSULTATION = 31;
    private static final String SETUP = "/api/staff/admin/setup";
    private static final String ORGANISATION = "/api/staff/admin/organisation";
    private static final String RULES = "SELECT booking_horizon_days AS h, change_deadline_hours AS d, waiting_list AS w FROM clinic WHERE id = ?";

    @Test
    void aClinicsRulesChangeThroughTheApiAndWrongNumbersChangeNothing() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String path = SETUP + "/clinics/" + BERGEN + "/self-booking";
        assertEquals("90/24/false", shown(QueueIT.json(admin.get(SETUP).body()).getJsonArray("clinics").get(0).asJsonObject()));
        try {
            HttpResponse<String> changed = admin.put(path, rules(30, 48, true).build().toString());
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals("30/48/true", shown(QueueIT.json(changed.body())));
            assertEquals("30/48/true", stored(BERGEN));
            assertEquals("30/48/true", shown(QueueIT.json(admin.get(SETUP).body()).getJsonArray("clinics").get(0).asJsonObject()));
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = 'CLINIC_CHANGED' AND path = ?"
                    + " AND staff_user_id = (SELECT id FROM staff_user WHERE username = ?)", path, admin.username()));

            assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                    fieldErrors(admin.put(path, rules(0, 337, false).build().toString())));
            assertEquals(Map.of("horizonDays", "setup.horizon.invalid"), fieldErrors(admin.put(path, rules(366, 0, false).build().toString())));
            assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                    fieldErrors(admin.put(path, "{}")));
            assertEquals(400, admin.put(path, "{\"horizonDays\":\"tre uker\",\"deadlineHours\":1}").statusCode(), "a word is no number");
            assertEquals("30/48/true", stored(BERGEN), "a refused change stores nothing");

            assertEquals(404, admin.put(SETUP + "/clinics/" + OSLO + "/self-booking", rules(1, 0, false).build().toString()).statusCode());
            assertEquals("90/24/true", stored(OSLO), "another clinic's rules stay");
            assertEquals(403, StaffAccounts.reception(BERGEN).put(path, rules(1, 0, false).build().toString()).statusCode());
        } finally {
            restoreBergen();
        }
    }

    @Test
    void theRulesChangeOnTheSetUpPageAndARefusedFormKeepsWhatWasTyped() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String page = "/staff/admin/setup.xhtml";
        try {
            HttpResponse<String> refused = FacesForms.click(admin, page, "id=\"self-booking-form\"", "save-self-booking",
                    Map.of("clinicId", "3", "horizonDays", "tre uker", "deadlineHours", "400", "waitingList", "true"));
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("Skriv et helt antall dager fra 1 til 365."), "the horizon's error: " + refused.body());
            assertTrue(refused.body().contains("Skriv et helt antall timer fra 0 til 336."), "the deadline's error");
            assertTrue(refused.body().contains("value=\"tre uker\"") && refused.body().contains("value=\"400\""), "what was typed is kept");
            assertEquals("90/24/false", stored(BERGEN));

            HttpResponse<String> saved = FacesForms.click(admin, page, "id=\"self-booking-form\"", "save-self-booking",
                    Map.of("clinicId", "3", "horizonDays", "45", "deadlineHours", "12", "waitingList", "true"));
            assertEquals(200, saved.statusCode());
            assertEquals("45/12/true", stored(BERGEN));
            assertTrue(saved.body().contains("class=\"horizon-days\">45<"), "the table shows the new horizon");
        } finally {
            restoreBergen();
        }
    }

    @Test
    void aKindOfVisitsBookingModeChangesThroughTheApiAndAnUnknownOneIsRefusedWithTheOtherFields() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String path = ORGANISATION + "/visit-types/" + BERGEN_CONSULTATION;
        JsonObject consultation = consultation(admin);
        assertEquals("REQUEST", consultation.getString("bookingMode"));
        String added = "Zz Selvbestilling " + UUID.randomUUID().toString().substring(0, 6);
        Long addedId = null;
        try {
            HttpResponse<String> changed = admin.put(path, same(consultation).add("bookingMode", " direct ").build().toString());
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals("DIRECT", QueueIT.json(changed.body()).getString("bookingMode"));
            assertEquals("DIRECT", mode(BERGEN_CONSULTATION));
            assertEquals(200, admin.put(path, same(consultation).build().toString()).statusCode());
            assertEquals("DIRECT", mode(BERGEN_CONSULTATION), "a change that names no mode keeps it");

            assertEquals(Map.of("nameNb", "organisation.visitName.invalid", "bookingMode", "setup.bookingMode.invalid"),
                    fieldErrors(admin.put(path, same(consultation).add("nameNb", "").add("bookingMode", "SOMETIMES").build().toString())));
            assertEquals(Map.of("bookingMode", "setup.bookingMode.invalid"),
                    fieldErrors(admin.put(path, same(consultation).add("nameNb", "Kapret").add("bookingMode", "ALWAYS").build().toString())));
            assertEquals("DIRECT", mode(BERGEN_CONSULTATION));
            assertEquals(consultation.getString("nameNb"), TestDatabase.query("SELECT name_nb FROM visit_type WHERE id = ?",
                    BERGEN_CONSULTATION).get(0).get("name_nb"), "nothing of a refused change is stored");

            assertEquals(Map.of("bookingMode", "setup.bookingMode.invalid"), fieldErrors(admin.post(ORGANISATION + "/visit-types",
                    newVisit(added).add("bookingMode", "ALWAYS").build().toString())));
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM visit_type WHERE name_nb = ?", added));
            HttpResponse<String> created = admin.post(ORGANISATION + "/visit-types", newVisit(added).add("bookingMode", "BOTH").build().toString());
            assertEquals(201, created.statusCode(), created.body());
            addedId = QueueIT.json(created.body()).getJsonNumber("id").longValue();
            assertEquals("BOTH", mode(addedId));
        } finally {
            TestDatabase.update("UPDATE visit_type SET booking_mode = 'REQUEST' WHERE id = ?", BERGEN_CONSULTATION);
            if (addedId != null) {
                // Not offered any more, so the other tests' public form shows Bergen as seeded.
                assertEquals(200, admin.put(ORGANISATION + "/visit-types/" + addedId, newVisit(added).add("active", false)
                        .build().toString()).statusCode());
            }
        }
    }

    @Test
    void theBookingModeIsChosenOnThePageWhereAKindOfVisitIsEdited() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        JsonObject consultation = consultation(admin);
        Map<String, String> fields = new HashMap<>(Map.of("nameNb", consultation.getString("nameNb"),
                "nameEn", consultation.getString("nameEn"), "slotMinutes", String.valueOf(consultation.getInt("slotMinutes")),
                "active", "true"));
        try {
            HttpResponse<String> editing = FacesForms.click(admin, "/staff/admin/organisation.xhtml",
                    "data-visit-type=\"" + BERGEN_CONSULTATION + "\"", "edit-visit-type", Map.of());
            assertEquals(200, editing.statusCode());
            assertTrue(editing.body().contains("<option value=\"REQUEST\" selected=\"selected\">"), "the form shows the mode it has");

            fields.put("bookingMode", "BOTH");
            HttpResponse<String> saved = submit(admin, editing.body(), "visit-type-form", fields);
            assertEquals(200, saved.statusCode());
            assertEquals("BOTH", mode(BERGEN_CONSULTATION));
            assertTrue(saved.body().contains("class=\"booking-mode\">Begge deler<"), "the table shows the new mode");
        } finally {
            TestDatabase.update("UPDATE visit_type SET booking_mode = 'REQUEST' WHERE id = ?", BERGEN_CONSULTATION);
        }
    }

    /** Posts a form of a page already open (its view state), with its save button, as a browser would. */
    private static HttpResponse<String> submit(StaffSession staff, String html, String form, Map<String, String> fields) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"").matcher(html);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        Matcher button = Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"(" + Pattern.quote(form) + ":save[^\"]*)\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(action.find() && state.find() && button.find(), "the form " + form + " with its view state and save button");
        Map<String, String> post = new HashMap<>();
        post.put(form, form);
        post.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        post.put(button.group(1), button.group(2));
        fields.forEach((name, value) -> post.put(form + ":" + name, value));
        return staff.http().postForm(action.group(1).replace("&amp;", "&"), post);
    }

    private static JsonObject consultation(StaffSession admin) {
        return QueueIT.json(admin.get(ORGANISATION).body()).getJsonArray("visitTypes").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getJsonNumber("id").longValue() == BERGEN_CONSULTATION).findFirst().orElseThrow();
    }

    private static JsonObjectBuilder same(JsonObject visitType) {
        return Json.createObjectBuilder().add("nameNb", visitType.getString("nameNb")).add("nameEn", visitType.getString("nameEn"))
                .add("slotMinutes", visitType.getInt("slotMinutes")).add("active", visitType.getBoolean("active"));
    }

    private static JsonObjectBuilder newVisit(String name) {
        return Json.createObjectBuilder().add("clinicId", BERGEN).add("nameNb", name).add("nameEn", name).add("slotMinutes", 30);
    }

    private static JsonObjectBuilder rules(int horizonDays, int deadlineHours, boolean waitingList) {
        return Json.createObjectBuilder().add("horizonDays", horizonDays).add("deadlineHours", deadlineHours).add("waitingList", waitingList);
    }

    private static String shown(JsonObject clinic) {
        JsonObject rules = clinic.getJsonObject("selfBooking");
        return rules.getInt("horizonDays") + "/" + rules.getInt("deadlineHours") + "/" + rules.getBoolean("waitingList");
    }

    private static String stored(long clinicId) throws Exception {
        Map<String, Object> row = TestDatabase.query(RULES, clinicId).get(0);
        Object waiting = row.get("w");
        boolean on = waiting instanceof Boolean b ? b : ((Number) waiting).intValue() != 0;
        return row.get("h") + "/" + row.get("d") + "/" + on;
    }

    private static String mode(long visitTypeId) throws Exception {
        return (String) TestDatabase.query("SELECT booking_mode FROM visit_type WHERE id = ?", visitTypeId).get(0).get("booking_mode");
    }

    private static void restoreBergen() throws Exception {
        TestDatabase.update("UPDATE clinic SET booking_horizon_days = 90, change_deadline_hours = 24, waiting_list = FALSE WHERE id = ?", BERGEN);
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return QueueIT.json(response.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }
}

package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator sets up resources, hours, closures, notices and slot lengths for their own
 * clinic, and reception's free slots follow at once. Tests use Bergen (clinic 3), so the Oslo
 * resource other tests book stays as seeded.
 */
@ExtendWith(TimebokDeployment.class)
class ClinicSetupIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final long BERGEN = 3;
    private static final long BERGEN_CONSULTATION = 31;
    private static final String SETUP = "/api/staff/admin/setup";

    @Test
    void aNewResourceOffersExactlyItsHoursAndAClosureTakesThemAway() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);
        Submitted request = PatientRequests.atBergen("Oppsett" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        LocalDate monday = mondayWeeksAhead(14);

        HttpResponse<String> created = admin.post(SETUP + "/resources", resource("Zz Lege " + UUID.randomUUID().toString().substring(0, 4),
                Map.of("MONDAY", "9:00-10:00, 12:00-12:30")));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject resource = QueueIT.json(created.body());
        long id = resource.getJsonNumber("id").longValue();
        assertEquals("09:00-10:00, 12:00-12:30", resource.getJsonObject("hours").getString("MONDAY"));
        assertTrue(reception.get("/api/staff/requests/" + request.id() + "/resources").body().contains("\"id\":" + id),
                "reception can book the new resource");
        assertEquals(Set.of("09:00", "09:30", "12:00"), slotTimes(reception, request, id, monday));
        assertEquals(Set.of(), slotTimes(reception, request, id, monday.plusDays(1)), "closed on Tuesday");

        HttpResponse<String> closed = admin.post(SETUP + "/closures", Json.createObjectBuilder()
                .add("clinicId", BERGEN).add("resourceId", id).add("firstDay", monday.toString()).add("lastDay", monday.toString())
                .add("reason", "Kurs").build().toString());
        assertEquals(201, closed.statusCode(), closed.body());
        assertEquals(Set.of(), slotTimes(reception, request, id, monday), "no slots on a closed day");

        long closure = QueueIT.json(closed.body()).getJsonNumber("id").longValue();
        assertEquals(204, admin.delete(SETUP + "/closures/" + closure).statusCode());
        assertEquals(3, slotTimes(reception, request, id, monday).size(), "the day opens again");

        HttpResponse<String> changed = admin.put(SETUP + "/resources/" + id, Json.createObjectBuilder()
                .add("name", "Zz Lege flyttet").add("place", "Bergen, 3. etasje").add("active", false).build().toString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(reception.get("/api/staff/requests/" + request.id() + "/resources").body().contains("\"id\":" + id),
                "an inactive resource is no longer offered");
    }

    @Test
    void wrongHoursDatesAndTextsComeBackPerFieldAndNothingIsStored() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        String name = "Zz Feil " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> refused = admin.post(SETUP + "/resources", resource(name, Map.of(
                "MONDAY", "9-17", "TUESDAY", "08:10-09:00", "WEDNESDAY", "10:00-09:00", "THURSDAY", "08:00-12:00, 11:00-13:00")));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(Map.of("hours.MONDAY", "setup.hours.format", "hours.TUESDAY", "setup.hours.grid",
                "hours.WEDNESDAY", "setup.hours.order", "hours.THURSDAY", "setup.hours.overlap"), fieldErrors(refused));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resource WHERE name = ?", name));

        HttpResponse<String> closure = admin.post(SETUP + "/closures", Json.createObjectBuilder()
                .add("clinicId", BERGEN).add("firstDay", "2027-07-10").add("lastDay", "2027-07-01").add("reason", " ").build().toString());
        assertEquals(Map.of("lastDay", "setup.closure.order", "reason", "setup.reason.invalid"), fieldErrors(closure));

        HttpResponse<String> notice = admin.post(SETUP + "/notices", Json.createObjectBuilder()
                .add("clinicId", BERGEN).add("titleNb", "Sommer").add("shownFrom", "1. juli").build().toString());
        assertEquals(Map.of("shownFrom", "setup.date.invalid", "shownUntil", "setup.date.required"), fieldErrors(notice));

        HttpResponse<String> slot = admin.put(SETUP + "/visit-types/" + BERGEN_CONSULTATION, "{\"slotMinutes\":20}");
        assertEquals(Map.of("slotMinutes", "setup.slot.invalid"), fieldErrors(slot));
    }

    @Test
    void anAdministratorSeesAndChangesOnlyTheirOwnClinics() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        long osloRoom = 101;
        long osloConsultation = 11;
        String reason = "Oslo " + UUID.randomUUID();
        TestDatabase.update("INSERT INTO closure (clinic_id, first_day, last_day, reason) VALUES (1, '2031-01-01', '2031-01-02', ?)", reason);
        long osloClosure = ((Number) TestDatabase.query("SELECT id FROM closure WHERE reason = ?", reason).get(0).get("id")).longValue();

        JsonObject overview = QueueIT.json(admin.get(SETUP).body());
        assertEquals(List.of(BERGEN), overview.getJsonArray("clinics").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertTrue(overview.getJsonArray("resources").stream().allMatch(r -> r.asJsonObject().getJsonNumber("clinicId").longValue() == BERGEN));

        assertEquals(404, admin.put(SETUP + "/resources/" + osloRoom, resource("Kapret", Map.of())).statusCode());
        assertEquals(404, admin.delete(SETUP + "/closures/" + osloClosure).statusCode());
        assertEquals(404, admin.put(SETUP + "/visit-types/" + osloConsultation, "{\"slotMinutes\":45}").statusCode());
        assertEquals(Map.of("clinicId", "staff.clinics.invalid"), fieldErrors(admin.post(SETUP + "/resources",
                Json.createObjectBuilder().add("clinicId", 1).add("name", "Kapret").add("place", "Oslo").build().toString())));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM closure WHERE id = ?", osloClosure), "Oslo's closure stays");
        assertEquals("Legekontor 1", TestDatabase.query("SELECT name FROM resource WHERE id = ?", osloRoom).get(0).get("name"));
    }

    @Test
    void onlyAdministratorsReachTheSetUp() {
        StaffSession reception = StaffAccounts.reception(BERGEN);
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));

        assertEquals(403, reception.get(SETUP).statusCode());
        assertEquals(403, reception.post(SETUP + "/resources", resource("Zz", Map.of())).statusCode());
        assertEquals(403, reception.get("/staff/admin/setup.xhtml").statusCode());
        assertTrue(Set.of(401, 302, 303).contains(new TimebokHttp().getJson(SETUP).statusCode()), "anonymous is refused");

        HttpResponse<String> page = admin.get("/staff/admin/setup.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Demogaten 2"), "the page lists Bergen's resource");
        assertFalse(page.body().contains("Demoveien 1,"), "and not Oslo's");
    }

    @Test
    void aNoticeShowsOnThePublicFormInItsPeriodAndASlotLengthChangesTheSlots() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);
        String title = "Sommerstengt " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(OSLO);

        HttpResponse<String> notice = admin.post(SETUP + "/notices", Json.createObjectBuilder()
                .add("clinicId", BERGEN).add("titleNb", title).add("titleEn", title + " en").add("bodyNb", "Vi har <b>stengt</b>.")
                .add("bodyEn", "We are closed.").add("shownFrom", today.toString()).add("shownUntil", today.plusDays(3).toString())
                .build().toString());
        assertEquals(201, notice.statusCode(), notice.body());
        String form = new TimebokHttp().get("/").body();
        assertTrue(form.contains(title), "the notice is on the public form");
        assertFalse(form.contains("<b>stengt</b>"), "its text is shown as text");
        assertEquals(204, admin.delete(SETUP + "/notices/" + QueueIT.json(notice.body()).getJsonNumber("id").longValue()).statusCode());
        assertFalse(new TimebokHttp().get("/").body().contains(title), "a removed notice is gone");

        Submitted request = PatientRequests.atBergen("Lengde" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        LocalDate monday = mondayWeeksAhead(15);
        try {
            assertEquals(200, admin.put(SETUP + "/visit-types/" + BERGEN_CONSULTATION, "{\"slotMinutes\":60}").statusCode());
            assertEquals(8, slotTimes(reception, request, 301, monday).size(), "08:00–16:00 in hours");
        } finally {
            assertEquals(200, admin.put(SETUP + "/visit-types/" + BERGEN_CONSULTATION, "{\"slotMinutes\":30}").statusCode());
        }
        assertEquals(16, slotTimes(reception, request, 301, monday).size(), "and in half hours again");
    }

    private static String resource(String name, Map<String, String> hours) {
        return Json.createObjectBuilder().add("clinicId", BERGEN).add("name", name).add("place", "Timebok Bergen, 1. etasje")
                .add("hours", week(hours)).build().toString();
    }

    private static JsonObjectBuilder week(Map<String, String> hours) {
        JsonObjectBuilder week = Json.createObjectBuilder();
        hours.forEach(week::add);
        return week;
    }

    private static Set<String> slotTimes(StaffSession reception, Submitted request, long resource, LocalDate day) {
        HttpResponse<String> answer = reception.get("/api/staff/requests/" + request.id() + "/slots?resource=" + resource
                + "&from=" + day + "&days=1");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray slots = Json.createReader(new StringReader(answer.body())).readArray();
        return slots.stream()
                .map(slot -> Instant.parse(slot.asJsonObject().getString("start")).atZone(OSLO))
                .filter(start -> start.toLocalDate().equals(day))
                .map(start -> start.toLocalTime().toString())
                .collect(Collectors.toSet());
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return QueueIT.json(response.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }

    private static LocalDate mondayWeeksAhead(int weeks) {
        return LocalDate.now(OSLO).plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

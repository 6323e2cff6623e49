package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.retention.FacesForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reception's calendar of a resource, through its API and its page. Weeks 26 and 27 ahead, and a
 * daylight-saving week more than 30 weeks ahead, are this test's alone; every appointment it books
 * it cancels.
 */
@ExtendWith(TimebokDeployment.class)
class StaffCalendarIT {

    private static final long OSLO_ROOM = 101;
    private static final long BERGEN_ROOM = 301;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aDayAndAWeekShowTheBookedAppointmentAndTheFreeTimesAroundIt() throws Exception {
        Submitted request = PatientRequests.atOslo("Kalender" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = wednesdayWeeksAhead(26);
        long appointment = book(reception, request, day, LocalTime.of(10, 0));
        try {
            JsonObject oneDay = calendar(reception, day, 1).getJsonArray("days").getJsonObject(0);
            JsonObject booked = bookedEntry(oneDay, appointment);
            assertEquals(request.id(), booked.getJsonNumber("requestId").longValue());
            assertEquals(request.reference(), booked.getString("reference"));
            assertFalse(booked.getBoolean("bookedByPatient"), "staff booked it");
            assertEquals(at(day, 10, 0), Instant.parse(booked.getString("start")));
            assertEquals(at(day, 10, 30), Instant.parse(booked.getString("end")));
            assertFalse(booked.toString().contains("Kari"), "references, never names");
            assertTrue(hasFree(oneDay, at(day, 8, 0), at(day, 10, 0)), oneDay.toString());
            assertTrue(hasFreeFrom(oneDay, at(day, 10, 30)), oneDay.toString());
            assertFalse(isFreeAt(oneDay, at(day, 10, 15)), "the booked time is not free");
            assertTrue(TestDatabase.count("SELECT COUNT(*) FROM access_log l JOIN staff_user u ON u.id = l.staff_user_id"
                    + " WHERE u.username = ? AND l.booking_request_id = ? AND l.action = 'LISTED'",
                    reception.username(), request.id()) >= 1, "listing a request in the calendar is logged, as in the queue");

            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            JsonArray week = calendar(reception, monday, 7).getJsonArray("days");
            assertEquals(7, week.size());
            assertEquals(day.toString(), week.getJsonObject(2).getString("date"));
            bookedEntry(week.getJsonObject(2), appointment);
            assertTrue(hasFreeFrom(week.getJsonObject(0), at(monday, 8, 0)), week.getJsonObject(0).toString());
            assertTrue(week.getJsonObject(5).getBoolean("closed"), "closed on Saturday");
            assertEquals(0, week.getJsonObject(5).getJsonArray("free").size());
        } finally {
            cancel(reception, appointment);
        }
    }

    @Test
    void aDaylightSavingWeekendOpensAtEightLocalOnBothSides() {
        StaffSession reception = StaffAccounts.reception(1);
        Instant later = LocalDate.now(OSLO).plusWeeks(30).atStartOfDay(OSLO).toInstant();
        LocalDate sunday = OSLO.getRules().nextTransition(later).getInstant().atZone(OSLO).toLocalDate();
        LocalDate friday = sunday.minusDays(2);

        JsonArray days = calendar(reception, friday, 4).getJsonArray("days");

        JsonObject before = days.getJsonObject(0);
        JsonObject after = days.getJsonObject(3);
        assertEquals(friday.plusDays(3).toString(), after.getString("date"));
        Instant fridayEight = Instant.parse(before.getJsonArray("free").getJsonObject(0).getString("start"));
        Instant mondayEight = Instant.parse(after.getJsonArray("free").getJsonObject(0).getString("start"));
        assertEquals(LocalTime.of(8, 0), fridayEight.atZone(OSLO).toLocalTime(), before.toString());
        assertEquals(LocalTime.of(8, 0), mondayEight.atZone(OSLO).toLocalTime(), after.toString());
        assertNotEquals(fridayEight.atZone(OSLO).getOffset(), mondayEight.atZone(OSLO).getOffset(), "the weekend changes the offset");
        assertTrue(days.getJsonObject(1).getBoolean("closed") && days.getJsonObject(2).getBoolean("closed"));
    }

    @Test
    void anotherClinicsResourceIsNotFoundAndWrongParametersAreNamed() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> bergen = reception.get("/api/staff/calendar?resource=" + BERGEN_ROOM + "&from=" + wednesdayWeeksAhead(26) + "&days=1");
        HttpResponse<String> wrong = reception.get("/api/staff/calendar?resource=rom&from=2027-13-01&days=9");
        HttpResponse<String> tooMany = reception.get("/api/staff/calendar?resource=" + OSLO_ROOM + "&days=8");

        assertEquals(404, bergen.statusCode(), bergen.body());
        assertFalse(bergen.body().contains("Legekontor"), bergen.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM security_event e JOIN staff_user u ON u.id = e.staff_user_id"
                + " WHERE u.username = ? AND e.kind = 'NOT_FOUND_OUTSIDE_CLINIC' AND e.path = '/api/staff/calendar'",
                reception.username()), "another clinic's id is a security event");
        assertEquals(400, wrong.statusCode(), wrong.body());
        for (String field : new String[] {"resource", "from", "days"}) {
            assertTrue(wrong.body().contains("\"field\":\"" + field + "\""), wrong.body());
        }
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("\"field\":\"days\""), tooMany.body());
    }

    @Test
    void thePageMarksSelfBookedTimesLinksToMovingAndCancelsFreeingTheTime() throws Exception {
        Submitted request = PatientRequests.atOslo("Selv" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = wednesdayWeeksAhead(27);
        long appointment = book(reception, request, day, LocalTime.of(9, 0));
        try {
            // As the public self-booking will store it: the patient made the request's booking, no staff member.
            TestDatabase.update("UPDATE booking_request SET booked_by_patient = TRUE WHERE id = ?", request.id());
            TestDatabase.update("UPDATE appointment SET created_by = NULL WHERE id = ?", appointment);

            assertTrue(bookedEntry(calendar(reception, day, 1).getJsonArray("days").getJsonObject(0), appointment)
                    .getBoolean("bookedByPatient"));
            JsonObject row = QueueIT.json(reception.post("/api/staff/requests/search",
                    "{\"q\":\"" + request.reference() + "\"}").body()).getJsonArray("rows").getJsonObject(0);
            assertEquals(request.reference(), row.getString("reference"));
            assertTrue(row.getBoolean("bookedByPatient"), row.toString());
            assertTrue(reception.http().get("/staff/request.xhtml?id=" + request.id()).body().contains("id=\"booked-by-patient\""));

            // A free time lists the clinic's open requests; this one stays open, so the form is there
            // whichever tests ran before (this request's own is booked).
            Submitted open = PatientRequests.atOslo("Åpen" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
            String page = "/staff/calendar.xhtml?resource=" + OSLO_ROOM + "&date=" + day + "&view=day";
            HttpResponse<String> opened = reception.http().get(page);
            assertEquals(200, opened.statusCode());
            String html = opened.body();
            assertTrue(html.contains("id=\"nav-calendar\""), "linked in the staff navigation");
            int entry = html.indexOf("data-appointment=\"" + appointment + "\"");
            assertTrue(entry > 0, html);
            String booked = html.substring(entry, html.indexOf("</li>", entry));
            assertTrue(booked.contains(request.reference()) && booked.contains("Booket av pasienten"), booked);
            assertTrue(booked.contains("request.xhtml?id=" + request.id() + "&amp;move=" + appointment), booked);
            assertTrue(html.contains("class=\"inline book-free\"") && html.contains(open.reference()),
                    "a free time offers the clinic's open requests");

            String moving = reception.http().get("/staff/request.xhtml?id=" + request.id() + "&move=" + appointment
                    + "&resource=" + OSLO_ROOM + "&from=" + day).body();
            assertTrue(moving.contains("Flytt timen til"), "the move link opens the request's rescheduling");

            HttpResponse<String> cancelled = FacesForms.click(reception, page, "data-appointment=\"" + appointment + "\"",
                    "cancel-appointment", Map.of());
            assertEquals(200, cancelled.statusCode(), cancelled.body());
            assertEquals("CANCELLED", TestDatabase.query("SELECT status FROM appointment WHERE id = ?", appointment).get(0).get("status"));
            JsonObject after = calendar(reception, day, 1).getJsonArray("days").getJsonObject(0);
            assertFalse(after.getJsonArray("booked").toString().contains("\"appointmentId\":" + appointment), after.toString());
            assertTrue(isFreeAt(after, at(day, 9, 0)), "the cancelled time is free again: " + after);
        } finally {
            cancel(reception, appointment);
        }
    }

    private static long book(StaffSession reception, Submitted request, LocalDate day, LocalTime time) {
        HttpResponse<String> booked = reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + at(day, time.getHour(), time.getMinute()) + "\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        return QueueIT.json(booked.body()).getJsonNumber("id").longValue();
    }

    /** Cancels unless already cancelled, so that no other test meets this test's bookings. */
    private static void cancel(StaffSession reception, long appointment) throws Exception {
        if ("BOOKED".equals(TestDatabase.query("SELECT status FROM appointment WHERE id = ?", appointment).get(0).get("status"))) {
            assertEquals(200, reception.post("/api/staff/appointments/" + appointment + "/cancel", "{}").statusCode());
        }
    }

    private static JsonObject calendar(StaffSession reception, LocalDate from, int days) {
        HttpResponse<String> answer = reception.get("/api/staff/calendar?resource=" + OSLO_ROOM + "&from=" + from + "&days=" + days);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject calendar = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(OSLO_ROOM, calendar.getJsonNumber("resourceId").longValue());
        return calendar;
    }

    private static JsonObject bookedEntry(JsonObject day, long appointment) {
        return day.getJsonArray("booked").stream().map(JsonObject.class::cast)
                .filter(b -> b.getJsonNumber("appointmentId").longValue() == appointment)
                .findFirst().orElseThrow(() -> new AssertionError("appointment " + appointment + " not in " + day));
    }

    private static boolean hasFree(JsonObject day, Instant start, Instant end) {
        return day.getJsonArray("free").stream().map(JsonObject.class::cast)
                .anyMatch(f -> Instant.parse(f.getString("start")).equals(start) && Instant.parse(f.getString("end")).equals(end));
    }

    private static boolean hasFreeFrom(JsonObject day, Instant start) {
        return day.getJsonArray("free").stream().map(JsonObject.class::cast)
                .anyMatch(f -> Instant.parse(f.getString("start")).equals(start));
    }

    private static boolean isFreeAt(JsonObject day, Instant at) {
        return day.getJsonArray("free").stream().map(JsonObject.class::cast)
                .anyMatch(f -> !Instant.parse(f.getString("start")).isAfter(at) && Instant.parse(f.getString("end")).isAfter(at));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(OSLO).toInstant();
    }

    /** A Wednesday far ahead: the public self-booking tests use the first 13 weeks, other staff tests up to 23. */
    private static LocalDate wednesdayWeeksAhead(int weeks) {
        return LocalDate.now(OSLO).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }
}

package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Appointments: free slots, no double booking ever, and the patient told through the outbox. */
@ExtendWith(TimebokDeployment.class)
class SchedulingIT {

    private static final long OSLO_ROOM = 101;

    @Test
    void twentyConcurrentAttemptsAtOneSlotLetExactlyOneWin() throws Exception {
        String family = "Samtidig" + UUID.randomUUID().toString().substring(0, 6);
        List<Submitted> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(PatientRequests.atOslo(family, "Samme tid " + i));
        }
        StaffSession reception = StaffAccounts.reception(1);
        String start = freeSlot(reception, requests.get(0), weekdayWeeksAhead(9));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch ready = new CountDownLatch(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Submitted request : requests) {
            TimebokHttp client = reception.http();
            answers.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return client.postJson("/api/staff/requests/" + request.id() + "/appointments",
                        "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + start + "\"}");
            }));
        }
        int won = 0;
        int taken = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 201) {
                won++;
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(response.body().contains("slot-taken"), response.body());
                taken++;
            }
        }
        pool.shutdown();

        assertEquals(1, won);
        assertEquals(19, taken);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id"
                + " WHERE b.last_name = ? AND a.status = 'BOOKED'", family));
    }

    @Test
    void bookingTellsThePatientTimePlaceAndLinkButNothingAboutHealth() throws Exception {
        Submitted request = PatientRequests.atOslo("Melding" + UUID.randomUUID().toString().substring(0, 6), "Sterke smerter i magen");
        StaffSession reception = StaffAccounts.reception(1);
        String start = freeSlot(reception, request, weekdayWeeksAhead(10));

        HttpResponse<String> booked = reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + start + "\"}");

        assertEquals(201, booked.statusCode(), booked.body());
        assertEquals("SCHEDULED", QueueIT.json(reception.get("/api/staff/requests/" + request.id()).body()).getString("status"));
        List<Map<String, Object>> messages = TestDatabase.query(
                "SELECT fields_json FROM outbox_message WHERE subject_reference = ? AND kind = 'APPOINTMENT_BOOKED'", request.reference());
        assertEquals(1, messages.size());
        String fields = String.valueOf(messages.get(0).get("fields_json"));
        assertTrue(fields.contains("Demoveien 1,"), fields);
        assertTrue(fields.contains("/appointment/"), fields);
        assertFalse(fields.contains("smerter"), "no health information in a message");
    }

    @Test
    void reschedulingMovesTheCellsAndCancellingFreesTheSlot() throws Exception {
        Submitted request = PatientRequests.atOslo("Flytt" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = weekdayWeeksAhead(11);
        JsonArray slots = slots(reception, request, day);
        String first = slots.getJsonObject(0).getString("start");
        String second = slots.getJsonObject(1).getString("start");
        long appointment = QueueIT.json(reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + first + "\"}").body()).getJsonNumber("id").longValue();

        assertEquals(List.of(Instant.parse(first).minus(Duration.ofHours(24))), pendingReminders(appointment),
                "booking schedules the reminder 24 h before");

        HttpResponse<String> moved = reception.post("/api/staff/appointments/" + appointment + "/reschedule",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + second + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(List.of(Instant.parse(second).minus(Duration.ofHours(24))), pendingReminders(appointment),
                "moving the appointment replaces its reminder");
        assertFalse(slots(reception, request, day).toString().contains("\"start\":\"" + second), "the new time is taken");
        assertTrue(slots(reception, request, day).toString().contains("\"start\":\"" + first), "the old time is free again");

        HttpResponse<String> cancelled = reception.post("/api/staff/appointments/" + appointment + "/cancel", "{}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM appointment_cell WHERE appointment_id = ?", appointment));
        assertEquals(List.of(), pendingReminders(appointment), "a cancelled appointment has no reminder left");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?"
                + " AND kind IN ('APPOINTMENT_RESCHEDULED')", request.reference()));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?"
                + " AND kind IN ('APPOINTMENT_CANCELLED')", request.reference()));
    }

    @Test
    void slotsFollowOpeningHoursAndClosures() throws Exception {
        Submitted request = PatientRequests.atOslo("Stengt" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = weekdayWeeksAhead(12);
        LocalDate saturday = day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

        JsonArray open = slots(reception, request, day);
        assertEquals(16, open.size(), "08:00–16:00 in 30-minute slots");
        assertEquals(day + "T08:00", Instant.parse(open.getJsonObject(0).getString("start"))
                .atZone(ZoneId.of("Europe/Oslo")).toLocalDateTime().toString());
        assertEquals(0, slots(reception, request, saturday).size(), "closed at weekends");

        TestDatabase.update("INSERT INTO closure (clinic_id, first_day, last_day, reason) VALUES (1, ?, ?, 'Kurs')", day, day);
        assertEquals(0, slots(reception, request, day).size(), "a clinic-wide closure");
    }

    @Test
    void thePatientsLinkShowsTheAppointmentAndOnlyPostsChangeIt() throws Exception {
        Submitted request = PatientRequests.atOslo("Lenke" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        String start = freeSlot(reception, request, weekdayWeeksAhead(13));
        long appointment = QueueIT.json(reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + start + "\"}").body()).getJsonNumber("id").longValue();
        String token = (String) TestDatabase.query("SELECT patient_token FROM appointment WHERE id = ?", appointment).get(0).get("patient_token");
        TimebokHttp patient = new TimebokHttp();

        HttpResponse<String> page = patient.get("/appointment/" + token);
        patient.get("/appointment/" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Demoveien 1,"));
        assertFalse(page.body().contains("Kari"), "no name on a page anyone with the link can open");
        assertEquals("BOOKED", TestDatabase.query("SELECT status FROM appointment WHERE id = ?", appointment).get(0).get("status"),
                "opening the link (as a mail scanner does) changes nothing");

        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "confirm")).statusCode());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM appointment WHERE id = ? AND patient_confirmed_at IS NOT NULL", appointment));
        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "cancel")).statusCode());
        assertEquals("CANCELLED", TestDatabase.query("SELECT status FROM appointment WHERE id = ?", appointment).get(0).get("status"));
        assertEquals(404, patient.get("/appointment/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
    }

    @Test
    void aSlotOutsideOpeningHoursIsRefused() {
        Submitted request = PatientRequests.atOslo("Utenfor" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        String night = weekdayWeeksAhead(14).atTime(23, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant().toString();

        HttpResponse<String> answer = reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + night + "\"}");
        HttpResponse<String> garbage = reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"tomorrow\"}");

        assertEquals(409, answer.statusCode(), answer.body());
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("\"field\":\"start\""), garbage.body());
    }

    private static String freeSlot(StaffSession reception, Submitted request, LocalDate day) {
        return slots(reception, request, day).getJsonObject(0).getString("start");
    }

    private static JsonArray slots(StaffSession reception, Submitted request, LocalDate day) {
        HttpResponse<String> answer = reception.get("/api/staff/requests/" + request.id() + "/slots?resource=" + OSLO_ROOM
                + "&from=" + day + "&days=1");
        assertEquals(200, answer.statusCode(), answer.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readArray();
    }

    /** A Wednesday some weeks ahead, so that tests don't meet each other's bookings. */
    private static LocalDate weekdayWeeksAhead(int weeks) {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    private static List<Instant> pendingReminders(long appointment) throws Exception {
        return TestDatabase.query("SELECT next_attempt_at FROM outbox_message WHERE appointment_key = ?"
                        + " AND kind = 'APPOINTMENT_REMINDER' AND state IN ('QUEUED', 'HELD')", "appointment-" + appointment).stream()
                .map(row -> row.get("next_attempt_at"))
                .map(value -> value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value)
                .map(utc -> utc.toInstant(ZoneOffset.UTC))
                .toList();
    }
}

package no.timebok.ear.selfbooking;

import static no.timebok.ear.selfbooking.PickedTimes.details;
import static no.timebok.ear.selfbooking.PickedTimes.detailsFor;
import static no.timebok.ear.selfbooking.PickedTimes.mondayWeeksAhead;
import static no.timebok.ear.selfbooking.PickedTimes.offered;
import static no.timebok.ear.selfbooking.PickedTimes.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A patient picks a free time, books it, moves it and cancels it from the link in the confirmation. */
@ExtendWith(TimebokDeployment.class)
class SelfBookingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aPatientPicksATimeBooksItMovesItAndCancelsIt() throws Exception {
        HttpResponse<String> choice = new TimebokHttp().get("/times");
        assertEquals(200, choice.statusCode());
        assertTrue(choice.body().contains("id=\"visitType-12\""), "the Oslo follow-up offers times");
        assertFalse(choice.body().contains("id=\"visitType-11\""), "a consultation is only by request");
        assertTrue(choice.headers().firstValue("Set-Cookie").isEmpty(), "a public page starts no session");

        LocalDate monday = mondayWeeksAhead(10);
        List<String> week = offered(monday);
        String first = week.get(0);
        String lastName = "Selv" + UUID.randomUUID().toString().substring(0, 6);
        String phone = TestData.uniqueMobile();
        HttpResponse<String> booked = detailsFor(first).postTo("/times/book",
                details(first, lastName, phone, "Kontroll etter kneoperasjon"));
        assertEquals(303, booked.statusCode(), booked.body());
        String token = PickedTimes.token(booked).orElseThrow();

        Map<String, Object> row = TestDatabase.query("SELECT b.id, b.booked_by_patient, b.status, a.created_by, a.status AS a_status,"
                + " a.starts_at FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id WHERE a.patient_token = ?", token).get(0);
        assertEquals(true, row.get("booked_by_patient"));
        assertEquals("SCHEDULED", row.get("status"));
        assertNull(row.get("created_by"), "no staff member booked it");
        long requestId = ((Number) row.get("id")).longValue();
        assertTrue(TestDatabase.query("SELECT * FROM booking_request WHERE id = ?", requestId).get(0).values().stream()
                .noneMatch(v -> String.valueOf(v).contains("kneoperasjon")), "the free text is sealed like the form's");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request_event WHERE booking_request_id = ?"
                + " AND to_status = 'SCHEDULED' AND staff_user_id IS NULL", requestId));
        // The week was read above, and the IT server keeps a read week for an hour (ear/pom.xml):
        // only the node dropping it on the booking's commit takes the time off at once.
        assertFalse(offered(monday).contains(first), "the booked time is no longer offered");

        Peers.await(PATIENCE, "the confirmation SMS", () -> !Peers.sms().sentTo("+47" + phone).isEmpty());
        String confirmation = Peers.sms().sentTo("+47" + phone).get(0).text();
        assertTrue(confirmation.contains("/appointment/" + token), confirmation);
        assertFalse(confirmation.contains("kneoperasjon"), "no health information in a message");

        TimebokHttp patient = new TimebokHttp();
        String page = patient.get("/appointment/" + token + "?done=booked").body();
        assertTrue(page.contains("id=\"move\""), page);
        String other = offered(monday).get(3);
        HttpResponse<String> ask = patient.get("/move/" + token + "?slot=" + other);
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().contains("id=\"confirm-move\""));
        assertEquals(start(first), startOf(token), "asking changes nothing");

        HttpResponse<String> moved = patient.postForm("/move/" + token, Map.of("slot", other, "lang", "nb"));
        assertEquals(303, moved.statusCode(), moved.body());
        assertEquals(start(other), startOf(token));
        assertTrue(offered(monday).contains(first), "the old time is free again at once");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request_event WHERE booking_request_id = ?"
                + " AND kind = 'MOVED' AND staff_user_id IS NULL", requestId), "staff see the move in the history");
        Peers.await(PATIENCE, "the move's SMS", () -> Peers.sms().sentTo("+47" + phone).size() == 2);

        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "cancel")).statusCode());
        assertEquals("CANCELLED", TestDatabase.query("SELECT status FROM appointment WHERE patient_token = ?", token).get(0).get("status"));
        assertTrue(offered(monday).contains(other), "the cancelled time is free again at once");
    }

    @Test
    void badDetailsAreShownPerFieldWithEverythingTypedAndNothingStored() throws Exception {
        String slot = offered(mondayWeeksAhead(10)).get(1);
        String lastName = "Feil" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = details(slot, lastName, "12", "<script>alert(1)</script>");

        HttpResponse<String> answer = detailsFor(slot).postTo("/times/book", fields);

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("id=\"phone-error\""), answer.body());
        assertTrue(answer.body().contains("value=\"" + lastName + "\""), "the name typed is kept");
        assertTrue(answer.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the free text is kept, inert");
        assertTrue(answer.body().contains("value=\"" + slot + "\""), "the picked time is kept");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
        assertEquals(404, new TimebokHttp().get("/times?visitType=11").statusCode(), "a kind of visit offered by request only");
        assertEquals(400, new TimebokHttp().get("/times/book?visitType=12&slot=garbage").statusCode());
    }

    @Test
    void onePhoneNumberCannotHoardTimes() throws Exception {
        List<String> week = offered(mondayWeeksAhead(11));
        String phone = TestData.uniqueMobile();
        String lastName = "Mange" + UUID.randomUUID().toString().substring(0, 6);
        String first = PickedTimes.token(detailsFor(week.get(0)).postTo("/times/book", details(week.get(0), lastName, phone, "En"))).orElseThrow();
        String second = PickedTimes.token(detailsFor(week.get(2)).postTo("/times/book", details(week.get(2), lastName, phone, "To"))).orElseThrow();

        FormSession third = detailsFor(week.get(4));
        HttpResponse<String> refused = third.postTo("/times/book", details(week.get(4), lastName, phone, "Tre"));

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("så mange timer"), refused.body());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
        TimebokHttp patient = new TimebokHttp();
        patient.postForm("/appointment/" + first, Map.of("action", "cancel"));
        patient.postForm("/appointment/" + second, Map.of("action", "cancel"));
    }

    @Test
    void pastTheClinicsDeadlineThePatientCanNeitherMoveNorCancel() throws Exception {
        // Within 14 days, so a 336-hour deadline covers it; booked while the deadline is 24 hours.
        long within = java.time.Instant.now().plus(Duration.ofDays(13)).getEpochSecond();
        String slot = offered(mondayWeeksAhead(1)).stream().filter(s -> start(s).getEpochSecond() < within).findFirst()
                .orElseGet(() -> offered(mondayWeeksAhead(0)).get(0));
        String token = PickedTimes.token(detailsFor(slot).postTo("/times/book",
                details(slot, "Frist" + UUID.randomUUID().toString().substring(0, 6), TestData.uniqueMobile(), "Tekst"))).orElseThrow();
        TimebokHttp patient = new TimebokHttp();
        try {
            TestDatabase.update("UPDATE clinic SET change_deadline_hours = 336 WHERE id = 1");

            String page = patient.get("/appointment/" + token).body();
            HttpResponse<String> cancel = patient.postForm("/appointment/" + token, Map.of("action", "cancel"));
            HttpResponse<String> move = patient.get("/move/" + token);

            assertTrue(page.contains("id=\"past-deadline\""), page);
            assertFalse(page.contains("id=\"cancel\""));
            assertFalse(page.contains("id=\"move\""));
            assertTrue(cancel.body().contains("for sent"), cancel.body());
            assertEquals(409, move.statusCode());
            assertEquals("BOOKED", TestDatabase.query("SELECT status FROM appointment WHERE patient_token = ?", token).get(0).get("status"));
        } finally {
            TestDatabase.update("UPDATE clinic SET change_deadline_hours = 24 WHERE id = 1");
            patient.postForm("/appointment/" + token, Map.of("action", "cancel"));
        }
    }

    @Test
    void theWeeksOfTheDaylightSavingChangesShowOsloTimes() throws Exception {
        try {
            TestDatabase.update("UPDATE clinic SET booking_horizon_days = 365 WHERE id = 1");
            for (LocalDate monday : List.of(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 10, 25),
                    LocalDate.of(2027, 11, 1))) {
                String page = new TimebokHttp().get("/times?visitType=12&week=" + monday).body();
                String firstLabel = page.replaceAll("(?s).*?name=\"slot\" value=\"[^\"]*\" required>\\s*<label for=\"[^\"]*\">([^<]*)</label>.*", "$1");
                assertEquals("08:00", firstLabel, "the week of " + monday);
            }
        } finally {
            TestDatabase.update("UPDATE clinic SET booking_horizon_days = 90 WHERE id = 1");
        }
    }

    private static java.time.Instant startOf(String token) throws Exception {
        Object value = TestDatabase.query("SELECT starts_at FROM appointment WHERE patient_token = ?", token).get(0).get("starts_at");
        return no.timebok.common.persistence.UtcColumns.instant(value);
    }
}

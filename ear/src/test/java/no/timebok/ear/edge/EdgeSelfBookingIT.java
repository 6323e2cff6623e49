package no.timebok.ear.edge;

import static no.timebok.ear.edge.EdgeIT.count;
import static no.timebok.ear.edge.EdgeIT.edge;
import static no.timebok.ear.selfbooking.PickedTimes.details;
import static no.timebok.ear.selfbooking.PickedTimes.detailsFor;
import static no.timebok.ear.selfbooking.PickedTimes.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.selfbooking.PickedTimes;
import no.timebok.ear.waitinglist.WaitingLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A patient picks, books, moves and cancels their own time on an edge node, which cannot read
 * anyone's contact details: the messages are sent once by an internal node, the limit on picked
 * times still holds, and a time the move frees reaches the waiting list.
 */
@ExtendWith({TimebokDeployment.class, EdgeNodes.class})
class EdgeSelfBookingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aPatientBooksMovesAndCancelsOnAnEdgeAndIsToldOnceEach() throws Exception {
        TimebokHttp patient = edge(EdgeNodes.first());
        LocalDate monday = PickedTimes.mondayWeeksAhead(4);
        HttpResponse<String> week = patient.get("/times?visitType=12&week=" + monday);
        assertEquals(200, week.statusCode(), week.body());
        assertFalse(week.body().contains("id=\"join-waiting-list\""), "an edge has no waiting list to offer");
        assertTrue(week.headers().firstValue("Set-Cookie").isEmpty(), "a public page starts no session");
        List<String> thursday = onDay(PickedTimes.offered(patient, monday), monday.plusDays(3));
        List<String> friday = onDay(PickedTimes.offered(patient, monday), monday.plusDays(4));
        String phone = TestData.uniqueMobile();
        String lastName = "Kantbok" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> booked = detailsFor(patient, thursday.get(0)).postTo("/times/book",
                details(thursday.get(0), lastName, phone, "Kontroll etter skulderoperasjon"));

        assertEquals(303, booked.statusCode(), booked.body());
        String token = PickedTimes.token(booked).orElseThrow();
        String reference = (String) TestDatabase.query("SELECT b.reference FROM booking_request b JOIN appointment a"
                + " ON a.booking_request_id = b.id WHERE a.patient_token = ? AND b.booked_by_patient", token).get(0).get("reference");
        Peers.await(PATIENCE, "the confirmation, queued by an internal node", () -> count("SELECT COUNT(*) FROM appointment"
                + " WHERE patient_token = ? AND patient_notice_due IS NULL", token) == 1 && !Peers.sms().sentTo("+47" + phone).isEmpty());
        String confirmation = Peers.sms().sentTo("+47" + phone).get(0).text();
        assertTrue(confirmation.contains("/appointment/" + token), confirmation);
        assertFalse(confirmation.contains("skulder"), "no health information in a message");
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'APPOINTMENT_BOOKED'",
                reference), "told once");

        String waiting = "Kantvent" + UUID.randomUUID().toString().substring(0, 6);
        String day = monday.plusDays(3).toString();
        assertEquals(303, WaitingLists.join(waiting, TestData.uniqueMobile(), day, day).statusCode());
        try {
            HttpResponse<String> moved = patient.postForm("/move/" + token, Map.of("slot", friday.get(0), "lang", "nb"));

            assertEquals(303, moved.statusCode(), moved.body());
            assertEquals(start(friday.get(0)), UtcColumns.instant(TestDatabase.query("SELECT starts_at FROM appointment"
                    + " WHERE patient_token = ?", token).get(0).get("starts_at")));
            Peers.await(PATIENCE, "the move's message", () -> count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?"
                    + " AND kind = 'APPOINTMENT_RESCHEDULED'", reference) == 1);
            Peers.await(PATIENCE, "the freed Thursday offered to the waiting patient", () -> count("SELECT COUNT(*)"
                    + " FROM waiting_list_offer o JOIN waiting_list_entry e ON e.id = o.entry_id WHERE e.last_name = ?"
                    + " AND o.starts_at = ?", waiting, UtcColumns.column(start(thursday.get(0)))) == 1);
        } finally {
            TestDatabase.update("DELETE FROM waiting_list_entry WHERE last_name = ?", waiting);
        }

        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "cancel")).statusCode());
        Peers.await(PATIENCE, "the cancellation's message", () -> count("SELECT COUNT(*) FROM outbox_message"
                + " WHERE subject_reference = ? AND kind = 'APPOINTMENT_CANCELLED'", reference) == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'APPOINTMENT_BOOKED'",
                reference), "a move and a cancellation send no second confirmation");
    }

    @Test
    void theLimitOnPickedTimesHoldsOnAnEdgeThatCannotReadPhoneNumbers() throws Exception {
        TimebokHttp patient = edge(EdgeNodes.second());
        LocalDate monday = PickedTimes.mondayWeeksAhead(4);
        List<String> tuesday = onDay(PickedTimes.offered(patient, monday), monday.plusDays(1));
        String phone = TestData.uniqueMobile();
        String lastName = "Kantgrense" + UUID.randomUUID().toString().substring(0, 6);
        String first = PickedTimes.token(detailsFor(patient, tuesday.get(0)).postTo("/times/book",
                details(tuesday.get(0), lastName, phone, "En"))).orElseThrow();
        String second = PickedTimes.token(detailsFor(patient, tuesday.get(2)).postTo("/times/book",
                details(tuesday.get(2), lastName, phone, "To"))).orElseThrow();

        HttpResponse<String> refused = detailsFor(patient, tuesday.get(4)).postTo("/times/book",
                details(tuesday.get(4), lastName, phone, "Tre"));

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("så mange timer"), refused.body());
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
        try (Connection edge = DriverManager.getConnection(EdgeNodes.account().url(), EdgeNodes.account().user(),
                EdgeNodes.account().password()); Statement sql = edge.createStatement()) {
            try (ResultSet counted = sql.executeQuery("SELECT upcoming_picked_times(1, '+47" + phone + "', NULL, UTC_TIMESTAMP(6))")) {
                counted.next();
                assertEquals(2, counted.getInt(1), "the edge's account gets the count");
            }
            SQLException denied = assertThrows(SQLException.class, () -> sql.execute("SELECT phone_e164 FROM booking_request LIMIT 1"));
            assertEquals(1143, denied.getErrorCode(), "and no phone number");
        }
        patient.postForm("/appointment/" + first, Map.of("action", "cancel"));
        patient.postForm("/appointment/" + second, Map.of("action", "cancel"));
    }

    private static List<String> onDay(List<String> slots, LocalDate day) {
        List<String> on = slots.stream().filter(slot -> start(slot).atZone(OSLO).toLocalDate().equals(day)).toList();
        assertTrue(on.size() >= 5, "free times on " + day + ": " + on);
        return on;
    }
}

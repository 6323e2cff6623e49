package no.timebok.ear.rights;

import static no.timebok.ear.rights.AccessExportIT.objects;
import static no.timebok.ear.selfbooking.PickedTimes.details;
import static no.timebok.ear.selfbooking.PickedTimes.detailsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.selfbooking.PickedTimes;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rights of a patient who picked their time themselves reach that request as any other: the
 * access export holds it with its appointment and who read it, and an erasure cancels the
 * appointment, frees its time and removes their details.
 */
@ExtendWith(TimebokDeployment.class)
class SelfBookedRightsIT {

    @Test
    void aPickedTimesRequestIsExportedWithItsAppointmentAndReadersAndErasedWithItsTimeFreed() throws Exception {
        Patients kari = Patients.create("Selvvalgt");
        LocalDate monday = PickedTimes.mondayWeeksAhead(8);
        String slot = PickedTimes.offered(new TimebokHttp(), monday).get(0);
        HttpResponse<String> booked = detailsFor(new TimebokHttp(), slot).postTo("/times/book",
                details(slot, kari.lastName, kari.mobile, "Kontroll av føflekk"));
        String token = PickedTimes.token(booked).orElseThrow();
        Map<String, Object> row = TestDatabase.query("SELECT b.id, b.reference, a.id AS appointment FROM booking_request b"
                + " JOIN appointment a ON a.booking_request_id = b.id WHERE a.patient_token = ?", token).get(0);
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests/" + row.get("id")).statusCode());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));

        JsonObject export = Patients.json(privacy.get("/api/staff/privacy/exports/" + kari.rightsRequest(privacy, 1, "ACCESS")
                + "/access.json").body());

        JsonObject request = objects(export.getJsonArray("bookingRequests")).get(0);
        assertEquals(row.get("reference"), request.getString("reference"));
        assertEquals("Kontroll av føflekk", request.getString("freeText"));
        assertEquals("BOOKED", objects(request.getJsonArray("appointments")).get(0).getString("status"));
        assertTrue(objects(export.getJsonArray("accessLog")).stream().anyMatch(e -> e.getString("action").equals("VIEWED")),
                export.toString());

        HttpResponse<String> erased = privacy.post("/api/staff/privacy/erasures/" + kari.rightsRequest(privacy, 1, "ERASURE"), "{}");

        assertEquals(200, erased.statusCode(), erased.body());
        Map<String, Object> left = TestDatabase.query("SELECT last_name, phone_e164, free_text_sealed FROM booking_request"
                + " WHERE id = ?", row.get("id")).get(0);
        left.forEach((column, value) -> assertNull(value, column + " erased"));
        assertEquals("CANCELLED", TestDatabase.query("SELECT status FROM appointment WHERE id = ?", row.get("appointment"))
                .get(0).get("status"));
        assertTrue(PickedTimes.offered(new TimebokHttp(), monday).contains(slot), "the time is free for others again");
    }
}

package no.timebok.ear.edge;

import static no.timebok.ear.edge.EdgeIT.count;
import static no.timebok.ear.edge.EdgeIT.edge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.rights.Subscribers;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The links in patients' messages, followed to an edge node: the appointment's page (see, confirm,
 * cancel) and the newsletter's unsubscribe address. What the edge cannot send (the cancellation
 * message) an internal node sends, once.
 */
@ExtendWith({TimebokDeployment.class, EdgeNodes.class})
class EdgeLinksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long OSLO_ROOM = 101;

    @Test
    void aPatientSeesConfirmsAndCancelsTheirAppointmentOnAnEdgeAndIsToldOnce() throws Exception {
        BookingRequests.Submitted request = PatientRequests.atOslo("Lenke" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(19).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        HttpResponse<String> slots = reception.get("/api/staff/requests/" + request.id() + "/slots?resource=" + OSLO_ROOM
                + "&from=" + day + "&days=1");
        String start = Json.createReader(new StringReader(slots.body())).readArray().getJsonObject(0).getString("start");
        HttpResponse<String> booked = reception.post("/api/staff/requests/" + request.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + start + "\"}");
        long appointment = Json.createReader(new StringReader(booked.body())).readObject().getJsonNumber("id").longValue();
        String token = (String) TestDatabase.query("SELECT patient_token FROM appointment WHERE id = ?", appointment)
                .get(0).get("patient_token");
        TimebokHttp patient = edge(EdgeNodes.second());

        HttpResponse<String> page = patient.get("/appointment/" + token);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Demoveien 1,") && page.body().contains(request.reference()), page.body());
        assertTrue(page.body().contains("id=\"site-name\">C-Medical (demo)<") && page.body().contains("href=\"tel:+4722000001\""),
                "the edge reads the group and the clinic for the header and the clinic's phone: " + page.body());
        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "confirm")).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM appointment WHERE id = ? AND patient_confirmed_at IS NOT NULL", appointment));

        assertEquals(200, patient.postForm("/appointment/" + token, Map.of("action", "cancel")).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM appointment WHERE id = ? AND status = 'CANCELLED'", appointment));
        assertEquals(0, count("SELECT COUNT(*) FROM appointment_cell WHERE appointment_id = ?", appointment), "the time is free at once");
        assertEquals(1, count("SELECT COUNT(*) FROM booking_request_event WHERE booking_request_id = ? AND to_status = 'CANCELLED'"
                + " AND staff_user_id IS NULL", request.id()), "staff see the patient's cancellation in the history");
        Peers.await(PATIENCE, "the cancellation message, queued by an internal node", () ->
                count("SELECT COUNT(*) FROM appointment WHERE id = ? AND cancel_notice_due = FALSE", appointment) == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'APPOINTMENT_CANCELLED'",
                request.reference()), "told once");
        assertEquals(0, count("SELECT COUNT(*) FROM outbox_message WHERE appointment_key = ? AND kind = 'APPOINTMENT_REMINDER'"
                + " AND state IN ('QUEUED', 'HELD')", "appointment-" + appointment), "no reminder for a cancelled appointment");
    }

    @Test
    void aNewsletterRecipientUnsubscribesOnAnEdge() throws Exception {
        String email = "nl-kant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        BookingRequests.Submitted subscriber = BookingRequests.request().at(3, 31).phone(TestData.uniqueMobile())
                .email(email).freeText("Kontroll").newsletter(true).submit();
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(3L));
        HttpResponse<String> written = admin.post("/api/staff/admin/newsletters", Json.createObjectBuilder().add("clinicId", 3)
                .add("subjectNb", "Nytt fra kanten").add("subjectEn", "News from the edge")
                .add("textNb", "Influensavaksine fra mandag: https://klinikk.example/kant").add("textEn", "Flu shots from Monday.")
                .build().toString());
        long newsletter = Json.createReader(new StringReader(written.body())).readObject().getJsonNumber("id").longValue();
        assertEquals(200, admin.post("/api/staff/admin/newsletters/" + newsletter + "/send?beyondPromise=true", "").statusCode());
        Peers.await(PATIENCE, "the newsletter in the mailbox", () -> !Peers.mail().receivedBy(email).isEmpty());
        String header = Peers.mail().receivedBy(email).get(0).getHeader("List-Unsubscribe", null);
        URI link = URI.create(header.substring(1, header.length() - 1));
        String pathAndQuery = link.getRawPath() + "?" + link.getRawQuery();
        String token = link.getRawQuery().replaceAll("^.*t=([^&]+).*$", "$1");
        TimebokHttp recipient = edge(EdgeNodes.first());

        HttpResponse<String> shown = recipient.get(pathAndQuery);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("id=\"unsubscribe-confirm\"") && shown.body().contains("C-Medical Bergen"), shown.body());
        String html = (String) ((MimeMultipart) Peers.mail().receivedBy(email).get(0).getContent()).getBodyPart(1).getContent();
        assertEquals(200, recipient.get(pathOf(html, "<img src=\"([^\"]+)\"")).statusCode());
        HttpResponse<String> followed = recipient.get(pathOf(html, "<a href=\"([^\"]+)\">https://klinikk.example/kant</a>"));
        assertEquals(302, followed.statusCode(), followed.body());
        assertEquals("https://klinikk.example/kant", followed.headers().firstValue("Location").orElse(""));
        assertEquals(1, count("SELECT opens FROM newsletter WHERE id = ?", newsletter), "the edge counts the open");
        assertEquals(1, count("SELECT clicks FROM newsletter_link WHERE newsletter_id = ? AND copies = 1", newsletter));
        assertEquals(400, recipient.get("/newsletter/unsubscribe?t=AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        HttpResponse<String> done = recipient.postForm("/newsletter/unsubscribe", Map.of("t", token, "lang", "nb"));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("id=\"unsubscribe-done\""), done.body());
        assertEquals(200, recipient.postForm(pathAndQuery, Map.of("List-Unsubscribe", "One-Click")).statusCode());
        assertEquals("false/false/unsubscribe-link", Subscribers.latestNewsletterEvent(subscriber.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ? AND purpose = 'NEWSLETTER'"
                + " AND NOT granted", subscriber.id()), "one withdrawal, however often it is pressed");
    }

    /** The first address the pattern's group finds in the HTML, as a path and query on whatever node is asked. */
    private static String pathOf(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertTrue(m.find(), html);
        URI uri = URI.create(m.group(1).replace("&amp;", "&"));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void aNewsletterPageSubscriberUnsubscribesOnAnEdgeAndTheirNameAndAddressGo() throws Exception {
        String email = "ns-kant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        TestDatabase.update("INSERT INTO newsletter_subscriber (clinic_id, name, email, language, status, created_at, expires_at,"
                + " confirmed_at) VALUES (3, 'Kant Abonnent', ?, 'nb', 'CONFIRMED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6))", email);
        long id = count("SELECT MAX(id) FROM newsletter_subscriber WHERE email = ?", email);
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(3L));
        HttpResponse<String> written = admin.post("/api/staff/admin/newsletters", Json.createObjectBuilder().add("clinicId", 3)
                .add("subjectNb", "Abonnert på kanten").add("subjectEn", "Subscribed at the edge")
                .add("textNb", "Nytt fra klinikken.").add("textEn", "News from the clinic.").build().toString());
        long newsletter = Json.createReader(new StringReader(written.body())).readObject().getJsonNumber("id").longValue();
        assertEquals(200, admin.post("/api/staff/admin/newsletters/" + newsletter + "/send?beyondPromise=true", "").statusCode());
        Peers.await(PATIENCE, "the newsletter in the mailbox", () -> !Peers.mail().receivedBy(email).isEmpty());
        String header = Peers.mail().receivedBy(email).get(0).getHeader("List-Unsubscribe", null);
        URI link = URI.create(header.substring(1, header.length() - 1));

        HttpResponse<String> oneClick = edge(EdgeNodes.first()).postForm(link.getRawPath() + "?" + link.getRawQuery(),
                Map.of("List-Unsubscribe", "One-Click"));

        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_subscriber WHERE id = ? AND status = 'UNSUBSCRIBED'"
                + " AND name IS NULL AND email IS NULL", id), "erased by the edge's account, which cannot read them");
        assertEquals(1, count("SELECT COUNT(*) FROM newsletter_subscriber_event WHERE subscriber_id = ? AND NOT granted"
                + " AND channel = 'unsubscribe-link'", id));
    }
}

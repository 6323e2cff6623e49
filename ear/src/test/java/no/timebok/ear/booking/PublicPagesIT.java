package no.timebok.ear.booking;

import static no.timebok.ear.booking.FormSession.validForm;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What the public pages show of the organisation an administrator set up: the group's name and
 * logo on every page, the patient's clinic and how to reach it, and that booking is not open while
 * no clinic takes bookings. Changes to the demo rows are put back in finally blocks: the ITs share
 * one database and run one after another.
 */
@ExtendWith(TimebokDeployment.class)
class PublicPagesIT {

    private static final String GROUP = "C-Medical (demo)";
    /** The eight bytes every PNG starts with, and a few more: what Logo.read recognises. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void everyPublicPageNamesTheClinicGroupWithoutStartingASession() throws Exception {
        String receipt = receiptPath();
        List<String> pages = List.of("/", "/?lang=en", "/privacy", "/privacy?lang=en", "/cookies", receipt, "/no-such-page");

        assertAll(pages.stream().map(page -> (Executable) () -> {
            HttpResponse<String> answer = new TimebokHttp().get(page);
            assertTrue(answer.body().contains("<span class=\"site-name\" id=\"site-name\">" + GROUP + "</span>"),
                    page + " (" + answer.statusCode() + "): " + answer.body());
            assertTrue(answer.body().indexOf("id=\"site-header\"") < answer.body().indexOf("id=\"emergency\""), page);
            assertFalse(answer.body().contains("id=\"site-logo\""), page + ": no logo is set");
            assertFalse(answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    page + " starts no session");
        }));
    }

    @Test
    void theGroupsNameIsShownAsTextNotMarkup() throws Exception {
        try {
            TestDatabase.update("UPDATE clinic_group SET name = ? WHERE id = 1", "<i>Klinikk & co</i>");

            String body = new TimebokHttp().get("/privacy").body();

            assertTrue(body.contains("&lt;i&gt;Klinikk &amp; co&lt;/i&gt;"), body);
        } finally {
            TestDatabase.update("UPDATE clinic_group SET name = ? WHERE id = 1", GROUP);
        }
    }

    @Test
    void theLogoIsServedWithItsTypeAndValidatorOnceSetAndIsNotFoundBefore() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest logo = HttpRequest.newBuilder(URI.create(TimebokHttp.baseUrl() + "/logo")).GET().build();
        assertEquals(404, client.send(logo, HttpResponse.BodyHandlers.discarding()).statusCode(), "no logo yet");
        try {
            TestDatabase.update("UPDATE clinic_group SET logo = ?, logo_type = 'image/png' WHERE id = 1", PNG);

            HttpResponse<byte[]> image = client.send(logo, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, image.statusCode());
            assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(PNG, image.body());
            assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("max-age="), image.headers().toString());
            String etag = image.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = client.send(HttpRequest.newBuilder(logo.uri()).header("If-None-Match", etag).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), "the browser's copy is still the logo");
            assertEquals(0, again.body().length);

            String form = new TimebokHttp().get("/").body();
            assertTrue(form.contains("<img class=\"site-logo\" id=\"site-logo\" src=\"/logo\" alt=\"\""), form);
        } finally {
            TestDatabase.update("UPDATE clinic_group SET logo = NULL, logo_type = NULL WHERE id = 1");
        }
        assertEquals(404, client.send(logo, HttpResponse.BodyHandlers.discarding()).statusCode(), "removed again");
    }

    @Test
    void theReceiptTellsHowToReachTheChosenClinicInThePagesLanguage() throws Exception {
        String receipt = receiptPath();

        String nb = new TimebokHttp().get(receipt).body();
        String en = new TimebokHttp().get(receipt + "?lang=en").body();

        assertAll(
                () -> assertTrue(nb.contains("<h2 id=\"clinic-heading\">C-Medical IVF-klinikken</h2>"), nb),
                () -> assertTrue(nb.contains("Demoveien 70, 0855 Oslo"), nb),
                () -> assertTrue(nb.contains("ring C-Medical IVF-klinikken på <a href=\"tel:+4722000002\">22 00 00 02</a>"), nb),
                () -> assertTrue(nb.contains("Mandag–fredag 08–16"), nb),
                () -> assertTrue(en.contains("call C-Medical IVF-klinikken on <a href=\"tel:+4722000002\">22 00 00 02</a>"), en),
                () -> assertTrue(en.contains("Monday–Friday 8 am–4 pm"), en),
                () -> assertTrue(en.contains("Demoveien 70, 0855 Oslo"), en));
    }

    @Test
    void theFormListsEachClinicsContactDetailsWithoutScript() {
        String body = new TimebokHttp().get("/").body();

        assertTrue(body.contains("<details class=\"clinic-contacts\" id=\"clinic-contacts\">"), body);
        assertTrue(body.contains("<a href=\"tel:+4755000003\">55 00 00 03</a>"), "Bergen's phone: " + body);
        assertTrue(body.contains("Demoveien 70, 0855 Oslo"), body);
    }

    @Test
    void theAppointmentPageGivesTheClinicsPhoneAndOpeningHours() throws Exception {
        String token = appointmentToken();

        String nb = new TimebokHttp().get("/appointment/" + token).body();
        String en = new TimebokHttp().get("/appointment/" + token + "?lang=en").body();

        assertTrue(nb.contains("<a href=\"tel:+4722000001\">22 00 00 01</a>") && nb.contains("Mandag–fredag 08–16"), nb);
        assertTrue(en.contains("Monday–Friday 8 am–4 pm") && en.contains(GROUP), en);
    }

    @Test
    void withNoClinicTakingBookingsTheFormSaysBookingIsNotOpenAndAPostStoresNothing() throws Exception {
        List<Object> open = TestDatabase.query("SELECT id FROM clinic WHERE active = TRUE").stream().map(r -> r.get("id")).toList();
        String lastName = "Stengt-" + UUID.randomUUID();
        // A patient who opened the form before the last clinic closed, and sends it after.
        FormSession session = new FormSession().show("nb");
        try {
            TestDatabase.update("UPDATE clinic SET active = FALSE");

            HttpResponse<String> nb = new TimebokHttp().get("/");
            HttpResponse<String> en = new TimebokHttp().get("/?lang=en");
            HttpResponse<String> posted = session.post(validForm(lastName, "Trenger time"));

            assertAll(
                    () -> assertEquals(200, nb.statusCode()),
                    () -> assertTrue(nb.body().contains("Timebestilling er ikke åpnet ennå"), nb.body()),
                    () -> assertFalse(nb.body().contains("<form id=\"booking-form\""), "no form with empty lists"),
                    () -> assertTrue(nb.body().contains("id=\"emergency\"") && nb.body().contains("id=\"footer-privacy\""), nb.body()),
                    () -> assertTrue(en.body().contains("Booking is not open yet"), en.body()),
                    () -> assertTrue(en.body().contains("Not for emergencies"), en.body()),
                    () -> assertEquals(409, posted.statusCode(), posted.body()),
                    () -> assertTrue(posted.body().contains("Timebestilling er ikke åpnet ennå"), posted.body()),
                    () -> assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName)));
        } finally {
            for (Object id : open) {
                TestDatabase.update("UPDATE clinic SET active = TRUE WHERE id = ?", id);
            }
        }
        assertTrue(new TimebokHttp().get("/").body().contains("<form id=\"booking-form\""), "open again");
    }

    /** A request for the IVF clinic sent through the form, and its receipt's address. */
    private static String receiptPath() {
        HttpResponse<String> posted = new FormSession().show("nb").post(validForm("Kvittering-" + UUID.randomUUID(), "Kontroll"));
        assertEquals(303, posted.statusCode(), posted.body());
        return posted.headers().firstValue("Location").orElseThrow();
    }

    /** An appointment at Oslo sentrum (clinic 1), booked by reception, and its link's token. */
    private static String appointmentToken() throws Exception {
        long request = PatientRequests.atOslo("Time-" + UUID.randomUUID().toString().substring(0, 8), "Kontroll").id();
        StaffSession reception = StaffAccounts.reception(1);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(23).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> slots = reception.get("/api/staff/requests/" + request + "/slots?resource=101&from=" + day + "&days=1");
        String start = Json.createReader(new StringReader(slots.body())).readArray().getJsonObject(0).getString("start");
        HttpResponse<String> booked = reception.post("/api/staff/requests/" + request + "/appointments",
                "{\"resourceId\":101,\"start\":\"" + start + "\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        long appointment = Json.createReader(new StringReader(booked.body())).readObject().getJsonNumber("id").longValue();
        return (String) TestDatabase.query("SELECT patient_token FROM appointment WHERE id = ?", appointment).get(0).get("patient_token");
    }
}

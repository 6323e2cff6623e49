package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.retention.FacesForms;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy notice promises 4 to 12 newsletters a year. An administrator about to send a 13th in
 * a calendar year is warned, and it goes out only when they confirm.
 */
@ExtendWith(TimebokDeployment.class)
class NewsletterYearlyPromiseIT {

    private static final String NEWSLETTERS = "/api/staff/admin/newsletters";
    private static final long CLINIC = 3;

    @Test
    void aThirteenthInTheYearIsSentOnlyAfterTheWarning() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(CLINIC));
        String tag = "Fyll-" + UUID.randomUUID().toString().substring(0, 8);
        fillTheYear(admin, tag);
        try {
            long id = write(admin);

            HttpResponse<String> warned = admin.post(NEWSLETTERS + "/" + id + "/send", "");

            assertEquals(409, warned.statusCode(), warned.body());
            assertTrue(warned.body().contains("/problems/newsletter-yearly-promise"), warned.body());
            assertNull(sentAt(id), "nothing went out");
            String page = admin.http().get("/staff/admin/newsletter.xhtml").body();
            String row = page.substring(page.indexOf("data-newsletter-id=\"" + id + "\""));
            assertTrue(row.indexOf("yearly-promise") < row.indexOf("</tr>"), "the row warns: " + row);

            HttpResponse<String> confirmed = FacesForms.click(admin, "/staff/admin/newsletter.xhtml",
                    "data-newsletter-id=\"" + id + "\"", "send-beyond-promise", Map.of());

            assertEquals(200, confirmed.statusCode());
            assertNotNull(sentAt(id), "sent once the administrator confirmed");
        } finally {
            // Other tests send newsletters at this clinic this year.
            TestDatabase.update("DELETE FROM newsletter WHERE subject_nb = ?", tag);
        }
    }

    /** Sent newsletters enough to make this year's count at the clinic the notice's twelve. */
    private static void fillTheYear(StaffSession admin, String tag) throws Exception {
        ZonedDateTime yearStart = ZonedDateTime.now(ZoneId.of("Europe/Oslo")).withDayOfYear(1).toLocalDate().atStartOfDay(ZoneId.of("Europe/Oslo"));
        long sent = TestDatabase.count("SELECT COUNT(*) FROM newsletter WHERE clinic_id = ? AND sent_at >= ? AND sent_at < ?",
                CLINIC, utc(yearStart), utc(yearStart.plusYears(1)));
        long author = ((Number) TestDatabase.query("SELECT id FROM staff_user WHERE username = ?", admin.username())
                .get(0).get("id")).longValue();
        LocalDateTime earlier = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        for (long n = sent; n < 12; n++) {
            TestDatabase.update("INSERT INTO newsletter (clinic_id, subject_nb, subject_en, text_nb, text_en, created_at, created_by,"
                    + " sent_at, sent_by, recipients) VALUES (?, ?, ?, 'x', 'x', ?, ?, ?, ?, 0)", CLINIC, tag, tag, earlier, author, earlier, author);
        }
    }

    private static long write(StaffSession admin) {
        HttpResponse<String> created = admin.post(NEWSLETTERS, Json.createObjectBuilder().add("clinicId", CLINIC)
                .add("subjectNb", "Julehilsen").add("subjectEn", "Season's greetings")
                .add("textNb", "God jul.").add("textEn", "Merry Christmas.").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    private static Object sentAt(long id) throws Exception {
        return TestDatabase.query("SELECT sent_at FROM newsletter WHERE id = ?", id).get(0).get("sent_at");
    }

    private static LocalDateTime utc(ZonedDateTime at) {
        return at.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}

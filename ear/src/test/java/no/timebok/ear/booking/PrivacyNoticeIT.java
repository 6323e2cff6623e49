package no.timebok.ear.booking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimerSchedule;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TestDomainConfiguration;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * /privacy is the clinic group's whole privacy notice, generated from what is true on the running
 * server: every clinic taking bookings as controller, the group and its data protection officer from
 * the database, and the retention periods, their schedules and the version date from the domain's
 * configuration (read through {@link TestDomainConfiguration}, where the server got them), in both
 * languages. It sets no cookie and starts no session.
 */
@ExtendWith(TimebokDeployment.class)
class PrivacyNoticeIT {

    private static final List<String> DEMO_CLINICS = List.of("C-Medical Oslo sentrum", "C-Medical IVF-klinikken", "C-Medical Bergen");
    private static final List<String> RIGHTS = List.of("access", "rectification", "erasure", "restriction", "objection", "portability");

    @Test
    void theNoticeNamesEveryControllerTheOfficerTheRightsAndTheConfiguredPeriodsInBothLanguages() throws Exception {
        List<Map<String, Object>> clinics = TestDatabase.query(
                "SELECT name, organisation_number, email, phone_e164 FROM clinic WHERE active = TRUE"
                        + " AND EXISTS (SELECT 1 FROM visit_type v WHERE v.clinic_id = clinic.id AND v.active)");
        assertTrue(clinics.stream().map(c -> c.get("name")).toList().containsAll(DEMO_CLINICS), "the demo clinics take bookings: " + clinics);
        Map<String, Object> group = TestDatabase.query(
                "SELECT name, organisation_number, dpo_name, dpo_email, dpo_phone_e164 FROM clinic_group").get(0);

        List<Executable> checks = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            HttpResponse<String> page = new TimebokHttp().get("/privacy" + (english ? "?lang=en" : ""));
            String body = page.body();
            String lang = english ? "en" : "nb";
            checks.add(() -> assertEquals(200, page.statusCode(), lang));
            checks.add(() -> assertTrue(body.contains("<html lang=\"" + lang + "\">"), lang));
            for (Map<String, Object> clinic : clinics) {
                checks.add(() -> assertTrue(body.contains("<h3>" + html(clinic.get("name")) + "</h3>"), lang + ": controller " + clinic.get("name")));
                // A clinic another test set up may leave these out; the demo clinics have them all.
                if (clinic.get("organisation_number") != null) {
                    checks.add(() -> assertTrue(body.contains(grouped(clinic.get("organisation_number"))), lang + ": org. no. of " + clinic.get("name")));
                }
                if (clinic.get("email") != null) {
                    checks.add(() -> assertTrue(body.contains("href=\"mailto:" + html(clinic.get("email")) + "\""), lang + ": email of " + clinic.get("name")));
                }
                if (clinic.get("phone_e164") != null) {
                    checks.add(() -> assertTrue(body.contains("href=\"tel:" + clinic.get("phone_e164") + "\""), lang + ": phone of " + clinic.get("name")));
                }
            }
            checks.add(() -> assertTrue(body.contains("<strong>" + html(group.get("name")) + "</strong> (")
                    && body.contains(grouped(group.get("organisation_number")) + ")."), lang + ": the group and its org. no."));
            checks.add(() -> assertTrue(body.contains("<dd>" + html(group.get("dpo_name")) + "</dd>")
                    && body.contains("href=\"mailto:" + html(group.get("dpo_email")) + "\"")
                    && body.contains("href=\"tel:" + group.get("dpo_phone_e164") + "\""), lang + ": the data protection officer"));
            checks.add(() -> assertTrue(body.contains("href=\"https://www.datatilsynet.no/\"") && body.contains("Datatilsynet"), lang + ": Datatilsynet"));
            for (String right : RIGHTS) {
                checks.add(() -> assertTrue(body.contains("<h3 id=\"right-" + right + "\">"), lang + ": the right of " + right));
            }
            checks.add(() -> assertTrue(body.contains(english ? "within one month" : "senest innen én måned"), lang + ": the deadline"));
            checks.add(() -> assertTrue(body.contains("href=\"/cookies" + (english ? "?lang=en" : "") + "\""), lang + ": the cookie declaration"));
            checks.add(() -> assertVersion(body, english));
            checks.add(() -> assertRetention(body, english));
            checks.add(() -> assertTrue(body.contains("id=\"emergency\"") && body.contains("id=\"footer-privacy\""), lang + ": notice and footer"));
            checks.add(() -> assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), lang + ": no cookie " + page.headers().map()));
            checks.add(() -> assertFalse(body.toLowerCase(Locale.ROOT).contains("jsessionid"), lang + ": no session in links"));
        }
        assertAll(checks);
    }

    @Test
    void theFormLinksTheVersionItShowedAndAnOlderVersionIsPointedOut() {
        String version = TestDomainConfiguration.value(ConfigKey.PRIVACY_VERSION_DATE);
        assertTrue(new TimebokHttp().get("/").body().contains("href=\"/privacy?v=" + version + "\""));
        assertTrue(new TimebokHttp().get("/?lang=en").body().contains("href=\"/privacy?lang=en&amp;v=" + version + "\""));

        String older = LocalDate.parse(version).minusYears(1).toString();
        HttpResponse<String> followed = new TimebokHttp().get("/privacy?lang=en&v=" + older);
        assertTrue(followed.body().contains("id=\"older-version\""), followed.body());
        assertTrue(followed.body().contains(inWords(LocalDate.parse(older), true)), followed.body());
        assertFalse(new TimebokHttp().get("/privacy?v=" + version).body().contains("id=\"older-version\""), "the current version");
        HttpResponse<String> forged = new TimebokHttp().get("/privacy?v=%3Cscript%3E");
        assertEquals(200, forged.statusCode());
        assertFalse(forged.body().contains("<script>") || forged.body().contains("older-version"), "a forged version is ignored");
    }

    private static void assertVersion(String body, boolean english) {
        LocalDate version = LocalDate.parse(TestDomainConfiguration.value(ConfigKey.PRIVACY_VERSION_DATE));
        assertTrue(body.contains("<time datetime=\"" + version + "\">" + inWords(version, english) + "</time>"), body);
    }

    private static void assertRetention(String body, boolean english) {
        String freeText = item(body, "retention-free-text");
        assertTrue(freeText.contains(words(period(ConfigKey.RETENTION_FREE_TEXT), english))
                && freeText.contains(words(schedule(ConfigKey.RETENTION_FREE_TEXT_SCHEDULE), english)), freeText);
        String contactData = item(body, "retention-contact-data");
        assertTrue(contactData.contains(words(period(ConfigKey.RETENTION_CONTACT_DATA), english))
                && contactData.contains(words(schedule(ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE), english)), contactData);
        String correspondence = item(body, "retention-correspondence");
        Period afterMonthEnd = period(ConfigKey.RETENTION_CORRESPONDENCE);
        assertTrue(correspondence.contains(afterMonthEnd.isZero()
                ? english ? "deleted at the end of each month" : "slettes ved utgangen av hver måned"
                : words(afterMonthEnd, english)), correspondence);
        assertTrue(correspondence.contains(words(schedule(ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE), english)), correspondence);
        assertTrue(item(body, "retention-newsletter").contains(words(period(ConfigKey.RETENTION_CONTACT_DATA), english)), body);
    }

    private static Period period(ConfigKey key) {
        return Period.parse(TestDomainConfiguration.value(key));
    }

    private static TimerSchedule schedule(ConfigKey key) {
        return TimerSchedule.parse(TestDomainConfiguration.value(key));
    }

    /** Days or months, as the domain is configured; a mixed period would need this test extended. */
    private static String words(Period period, boolean english) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            int days = period.getDays();
            return days + (english ? days == 1 ? " day" : " days" : days == 1 ? " dag" : " dager");
        }
        if (period.getYears() == 0 && period.getDays() == 0) {
            int months = period.getMonths();
            return months + (english ? months == 1 ? " month" : " months" : months == 1 ? " måned" : " måneder");
        }
        throw new IllegalStateException("The test domain's period " + period + " needs its wording added to this test");
    }

    private static String words(TimerSchedule schedule, boolean english) {
        String time = schedule.time().toString();
        if (!schedule.monthly()) {
            return english ? "every day at " + time : "hver dag kl. " + time;
        }
        if (english && schedule.dayOfMonth() != 1) {
            throw new IllegalStateException("The test domain's schedule " + schedule + " needs its wording added to this test");
        }
        return english ? "on the 1st of every month at " + time : "den " + schedule.dayOfMonth() + ". i hver måned kl. " + time;
    }

    private static String inWords(LocalDate date, boolean english) {
        return english ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb")));
    }

    /** The list item with this id, up to its end. */
    private static String item(String body, String id) {
        int start = body.indexOf("<li id=\"" + id + "\">");
        assertTrue(start >= 0, "no " + id + " in " + body);
        return body.substring(start, body.indexOf("</li>", start));
    }

    private static String grouped(Object organisationNumber) {
        String digits = organisationNumber.toString();
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** As c:out writes it. */
    private static String html(Object text) {
        return text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#034;").replace("'", "&#039;");
    }
}

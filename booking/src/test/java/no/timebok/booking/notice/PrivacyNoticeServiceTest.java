package no.timebok.booking.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicDetails;
import no.timebok.booking.clinic.ClinicGroup;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The notice follows whatever the configuration says: shortened periods, other schedules, another
 * version date, and the clinics and group the database holds, missing parts left out.
 */
class PrivacyNoticeServiceTest {

    @Test
    void theDefaultsAreThePublishedPolicy() {
        PrivacyNotice.Retention retention = service(Map.of(), Optional.empty(), List.of()).notice(Language.NB).retention();

        assertEquals("21 dager", retention.freeText());
        assertEquals("hver dag kl. 04:10", retention.freeTextRuns());
        assertEquals("5 måneder", retention.contactData());
        assertEquals("hver dag kl. 04:20", retention.contactDataRuns());
        assertTrue(retention.correspondenceAtMonthEnd());
        assertEquals("den 1. i hver måned kl. 00:15", retention.correspondenceRuns());
    }

    @Test
    void configuredPeriodsSchedulesAndVersionAreWhatTheNoticeSays() {
        Map<String, String> configured = Map.of(
                "timebok.retention.free-text", "P14D",
                "timebok.retention.contact-data", "P3M",
                "timebok.retention.correspondence", "P1M",
                "timebok.retention.free-text.schedule", "05:30",
                "timebok.retention.correspondence.schedule", "2 01:00",
                "timebok.privacy.version-date", "2027-03-01");

        PrivacyNotice english = service(configured, Optional.empty(), List.of()).notice(Language.EN);

        assertEquals("14 days", english.retention().freeText());
        assertEquals("every day at 05:30", english.retention().freeTextRuns());
        assertEquals("3 months", english.retention().contactData());
        assertFalse(english.retention().correspondenceAtMonthEnd());
        assertEquals("1 month", english.retention().correspondenceAfterMonthEnd());
        assertEquals("on the 2nd of every month at 01:00", english.retention().correspondenceRuns());
        assertEquals(LocalDate.of(2027, 3, 1), english.versionDate());
        assertEquals("1 March 2027", english.versionDateText());
        assertEquals("1. mars 2027", service(configured, Optional.empty(), List.of()).notice(Language.NB).versionDateText());
    }

    @Test
    void everyBookableClinicIsAControllerAndTheGroupNamesItsOfficer() {
        Clinic full = Clinic.create("oslo", new ClinicDetails("Klinikk Oslo", "Gate 1", "0150", "Oslo", "+4722000001",
                "oslo@klinikk.example", "974760673", null, null, null), true);
        Clinic bare = Clinic.create("bare", new ClinicDetails("Klinikk Uten Detaljer", null, null, null, null,
                null, null, null, null, null), true);
        ClinicGroup group = ClinicGroup.create(new ClinicGroup.GroupDetails("Gruppen", "974760673", "Ombud Olsen",
                "ombud@klinikk.example", "+4722000000"));

        PrivacyNotice notice = service(Map.of(), Optional.of(group), List.of(full, bare)).notice(Language.NB);

        assertEquals(List.of(
                new PrivacyNotice.Controller("Klinikk Oslo", "974 760 673", "Gate 1, 0150 Oslo", "+47 22 00 00 01",
                        "tel:+4722000001", "oslo@klinikk.example"),
                new PrivacyNotice.Controller("Klinikk Uten Detaljer", "", "", "", "", "")), notice.controllers());
        assertEquals(new PrivacyNotice.Group("Gruppen", "974 760 673", "Ombud Olsen", "ombud@klinikk.example",
                "+47 22 00 00 00", "tel:+4722000000"), notice.group());
    }

    @Test
    void beforeTheGroupIsSetUpTheNoticeHasNone() {
        PrivacyNotice notice = service(Map.of(), Optional.empty(), List.of()).notice(Language.NB);

        assertFalse(notice.hasGroup());
        assertNull(notice.group());
    }

    private static PrivacyNoticeService service(Map<String, String> configured, Optional<ClinicGroup> group,
                                                List<Clinic> bookable) {
        PrivacyNoticeService service = new PrivacyNoticeService();
        service.config = new TimebokConfig(key -> Optional.ofNullable(configured.get(key)));
        service.clinics = new ClinicRepository() {
            @Override
            public Optional<ClinicGroup> findGroup() {
                return group;
            }

            @Override
            public List<Clinic> findBookable() {
                return bookable;
            }
        };
        return service;
    }
}

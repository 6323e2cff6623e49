package no.timebok.booking.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicGroup;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;

/**
 * Builds the privacy notice from what is true now: the clinics that take bookings and the group from
 * the database, the retention periods and their schedules from the running configuration (read on
 * every call, as the timers read them), and the version date.
 */
@ApplicationScoped
public class PrivacyNoticeService {

    @Inject
    TimebokConfig config;

    @Inject
    ClinicRepository clinics;

    /** The notice in this language, as of now. */
    public PrivacyNotice notice(Language language) {
        LocalDate version = config.privacyVersionDate();
        ClinicGroup group = clinics.findGroup().orElse(null);
        return new PrivacyNotice(version, dateInWords(version, language),
                group == null ? null : group(group),
                clinics.findBookable().stream().map(PrivacyNoticeService::controller).toList(),
                retention(language));
    }

    private PrivacyNotice.Retention retention(Language language) {
        Period correspondence = config.correspondenceRetention();
        return new PrivacyNotice.Retention(
                PeriodWording.of(config.freeTextRetention(), language),
                PeriodWording.of(config.schedule(ConfigKey.RETENTION_FREE_TEXT_SCHEDULE), language),
                PeriodWording.of(config.contactDataRetention(), language),
                PeriodWording.of(config.schedule(ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE), language),
                correspondence.isZero(),
                PeriodWording.of(correspondence, language),
                PeriodWording.of(config.schedule(ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE), language));
    }

    /** The date as the notice writes it: "6. desember 2026", "6 December 2026". */
    public static String dateInWords(LocalDate date, Language language) {
        return date.format(DateTimeFormatter.ofPattern(language.pick("d. MMMM yyyy", "d MMMM yyyy"), language.locale()));
    }

    private static PrivacyNotice.Group group(ClinicGroup group) {
        ClinicGroup.GroupDetails details = group.details();
        return new PrivacyNotice.Group(text(details.name()), ContactWording.organisationNumber(details.organisationNumber()),
                text(details.dpoName()), text(details.dpoEmail()), ContactWording.phone(details.dpoPhoneE164()),
                ContactWording.phoneLink(details.dpoPhoneE164()));
    }

    private static PrivacyNotice.Controller controller(Clinic clinic) {
        String phone = clinic.phoneE164().orElse(null);
        return new PrivacyNotice.Controller(clinic.name(),
                ContactWording.organisationNumber(clinic.organisationNumber().orElse(null)),
                clinic.address().orElse(""), ContactWording.phone(phone), ContactWording.phoneLink(phone),
                text(clinic.email().orElse(null)));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

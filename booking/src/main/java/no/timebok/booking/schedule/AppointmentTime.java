package no.timebok.booking.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.timebok.common.i18n.Language;

/** An appointment's time as messages and the patient's page say it, in the clinics' zone. */
public final class AppointmentTime {

    private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private AppointmentTime() {
    }

    public static String format(Instant at, ZoneId zone, Language language) {
        return language.pick(NB, EN).format(at.atZone(zone));
    }
}

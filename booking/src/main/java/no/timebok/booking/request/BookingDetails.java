package no.timebok.booking.request;

import java.time.LocalDate;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.VisitType;
import no.timebok.common.i18n.Language;

/**
 * A booking form that passed every rule, in the types the entity needs.
 *
 * @param privacyVersion the privacy notice's version the patient was shown ({@link NoticeVersion})
 */
public record BookingDetails(Clinic clinic, VisitType visitType, PatientContact contact, Optional<String> nationalId,
                             PreferredPeriod period, String freeText, boolean newsletter, Language language,
                             LocalDate privacyVersion) {
}

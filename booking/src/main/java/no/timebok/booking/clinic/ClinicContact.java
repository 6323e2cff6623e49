package no.timebok.booking.clinic;

import no.timebok.common.i18n.Language;
import no.timebok.common.validation.PhoneNumbers;

/**
 * How a patient reaches a clinic, as the public pages show it in one language. Parts the
 * administrator left empty are null, and a page leaves their line out.
 *
 * @param phoneE164 for the {@code tel:} link
 * @param phone the same number as people dial it
 */
public record ClinicContact(String name, String address, String phoneE164, String phone, String openingHours) {

    public static ClinicContact of(Clinic clinic, Language language) {
        String e164 = clinic.phoneE164().orElse(null);
        return new ClinicContact(clinic.name(), clinic.address().orElse(null), e164,
                e164 == null ? null : PhoneNumbers.forPeople(e164), clinic.openingHours(language).orElse(null));
    }
}

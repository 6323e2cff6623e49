package no.timebok.booking.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import no.timebok.booking.clinic.BookingMode;
import no.timebok.booking.clinic.ClinicDetails;
import no.timebok.booking.clinic.ClinicGroup.GroupDetails;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.common.validation.OrganisationNumbers;
import no.timebok.common.validation.PhoneNumbers;
import no.timebok.common.validation.StorableText;

/**
 * What an administrator typed, as text, checked field by field into the values the entities keep,
 * so that every mistake comes back at once, each under its own field.
 */
public final class OrganisationDrafts {

    private static final String CODE = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

    private OrganisationDrafts() {
    }

    public record GroupDraft(String name, String organisationNumber, String dpoName, String dpoEmail, String dpoPhone) {

        /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
        GroupDetails validated() {
            FieldErrors errors = new FieldErrors();
            GroupDetails details = new GroupDetails(
                    checkedText(errors, "name", name, 120, true),
                    checkedOrganisationNumber(errors, "organisationNumber", organisationNumber, false),
                    checkedText(errors, "dpoName", dpoName, 120, false),
                    checkedEmail(errors, "dpoEmail", dpoEmail, true),
                    checkedPhone(errors, "dpoPhone", dpoPhone, false));
            errors.throwIfAny();
            return details;
        }
    }

    /** {@code code}: blank on a new clinic to make one from its name; a clinic's code never changes. */
    public record ClinicDraft(String code, String name, String streetAddress, String postalCode, String city,
                              String phone, String email, String organisationNumber, String openingHoursNb,
                              String openingHoursEn, String smsSender, Boolean active) {

        boolean takingBookings() {
            return active == null || active;
        }

        /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
        ClinicDetails validated() {
            FieldErrors errors = new FieldErrors();
            String postal = blankToNull(postalCode);
            if (postal == null || !postal.matches("[0-9]{4}")) {
                errors.add("postalCode", "organisation.postalCode.invalid");
            }
            String sender = blankToNull(smsSender);
            if (sender != null && !sender.matches("[A-Za-z0-9]{3,11}")) {
                errors.add("smsSender", "organisation.smsSender.invalid");
            }
            ClinicDetails details = new ClinicDetails(
                    checkedText(errors, "name", name, 120, true),
                    checkedText(errors, "streetAddress", streetAddress, 120, true),
                    postal,
                    checkedText(errors, "city", city, 60, true),
                    checkedPhone(errors, "phone", phone, true),
                    checkedEmail(errors, "email", email, false),
                    checkedOrganisationNumber(errors, "organisationNumber", organisationNumber, true),
                    checkedText(errors, "openingHoursNb", openingHoursNb, 200, false),
                    checkedText(errors, "openingHoursEn", openingHoursEn, 200, false),
                    sender);
            errors.throwIfAny();
            return details;
        }

        boolean nameMissing() {
            return blankToNull(name) == null;
        }

        /** The code asked for, or one made from the name: lower case, Norwegian letters spelt out. */
        String codeOrFromName() {
            String typed = blankToNull(code);
            return typed != null ? typed.toLowerCase(Locale.ROOT) : slug(name == null ? "" : name);
        }
    }

    /**
     * A kind of visit; {@code clinicId} only counts when one is added. {@code bookingMode} is
     * REQUEST, DIRECT or BOTH; left out, a new kind takes requests and a changed one keeps its mode,
     * so callers that predate self-booking change nothing by accident.
     */
    public record VisitTypeDraft(Long clinicId, String nameNb, String nameEn, Integer slotMinutes, Boolean active,
                                 String bookingMode) {

        boolean offered() {
            return active == null || active;
        }

        /** The mode asked for, {@code unchanged} when none was; an unknown one is the field's error. */
        BookingMode bookingModeOr(BookingMode unchanged, FieldErrors errors) {
            if (bookingMode == null || bookingMode.isBlank()) {
                return unchanged;
            }
            return BookingMode.parse(bookingMode).orElseGet(() -> {
                errors.add("bookingMode", "setup.bookingMode.invalid");
                return unchanged;
            });
        }

        int minutes() {
            return slotMinutes == null ? 0 : slotMinutes;
        }
    }

    static boolean isCode(String code) {
        return code != null && code.matches(CODE);
    }

    static String slug(String name) {
        String spelt = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        String ascii = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    private static String checkedText(FieldErrors errors, String field, String typed, int max, boolean required) {
        String value = blankToNull(typed);
        if (value == null ? required : value.length() > max || !StorableText.isStorable(value)) {
            errors.add(field, value == null ? "organisation.text.required" : "organisation.text.invalid");
        }
        return value;
    }

    private static String checkedPhone(FieldErrors errors, String field, String typed, boolean required) {
        return checked(errors, field, typed, required, PhoneNumbers.toE164(typed), "organisation.phone.invalid");
    }

    private static String checkedEmail(FieldErrors errors, String field, String typed, boolean required) {
        return checked(errors, field, typed, required, EmailAddresses.normalise(typed), "organisation.email.invalid");
    }

    private static String checkedOrganisationNumber(FieldErrors errors, String field, String typed, boolean required) {
        return checked(errors, field, typed, required, OrganisationNumbers.normalise(typed), "organisation.orgnr.invalid");
    }

    private static String checked(FieldErrors errors, String field, String typed, boolean required, Optional<String> parsed,
                                  String errorKey) {
        if (blankToNull(typed) == null) {
            if (required) {
                errors.add(field, errorKey);
            }
            return null;
        }
        if (parsed.isEmpty()) {
            errors.add(field, errorKey);
        }
        return parsed.orElse(null);
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}

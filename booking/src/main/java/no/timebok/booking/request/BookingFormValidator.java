package no.timebok.booking.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.common.validation.NationalIdNumbers;
import no.timebok.common.validation.PhoneNumbers;
import no.timebok.common.validation.StorableText;

/**
 * The server-side rules of the booking form and API; the browser's checks are only a convenience.
 * Every field is checked and all errors are reported at once, each as a message key.
 */
@ApplicationScoped
public class BookingFormValidator {

    private static final int MAX_MONTHS_AHEAD = 12;

    @Inject
    ClinicRepository clinics;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /**
     * @param clinicAllowed the clinics this sender may send for (the form: every one; a partner: its key's)
     * @throws no.timebok.common.error.InvalidInputException when any field is invalid, or the
     *         clinic is not one of {@code clinicAllowed}
     */
    public BookingDetails validate(BookingForm form, LongPredicate clinicAllowed) {
        FieldErrors errors = new FieldErrors();
        refuseUnstorableText(form, errors);
        Optional<PatientContact> contact = contact(form.firstName(), form.lastName(), form.phone(), form.email(), errors);
        Optional<String> nationalId = optional(form.nationalId(), NationalIdNumbers.normalise(form.nationalId()),
                "nationalId", errors);
        if (nationalId.filter(NationalIdNumbers::isTestNumber).isPresent()
                && !config.flag(ConfigKey.INTAKE_ACCEPT_TEST_NATIONAL_IDS)) {
            errors.add("nationalId", "error.nationalId.invalid");
        }
        Optional<Clinic> clinic = id(form.clinicId()).flatMap(clinics::findBookable);
        if (clinic.isEmpty()) {
            errors.add("clinic", "error.clinic.required");
        } else if (!clinicAllowed.test(clinic.get().id())) {
            errors.add("clinic", "error.clinic.notForThisKey");
        }
        Optional<VisitType> visitType = id(form.visitTypeId()).flatMap(clinics::findVisitType)
                .filter(v -> clinic.isPresent() && v.offeredBy(clinic.get()));
        if (visitType.isEmpty()) {
            errors.add("visitType", isBlank(form.visitTypeId()) ? "error.visitType.required" : "error.visitType.notAtClinic");
        }
        PreferredPeriod period = period(form, errors);
        String freeText = form.freeText() == null ? "" : form.freeText().strip();
        if (freeText.isEmpty()) {
            errors.add("freeText", "error.freeText.required");
        } else if (freeText.codePointCount(0, freeText.length()) > BookingForm.MAX_FREE_TEXT_LENGTH) {
            errors.add("freeText", "error.freeText.tooLong");
        }
        if (form.newsletter() && isBlank(form.email())) {
            errors.add("newsletter", "error.newsletter.needsEmail");
        }
        errors.throwIfAny();
        LocalDate shownNotice = NoticeVersion.shown(form.privacyVersion(), config.privacyVersionDate(),
                LocalDate.now(clock.withZone(config.zone())));
        return new BookingDetails(clinic.orElseThrow(), visitType.orElseThrow(),
                contact.orElseThrow(), nationalId, period, freeText,
                form.newsletter(), Language.of(form.language()), shownNotice);
    }

    /**
     * Names, phone and email by the form's rules, for the form itself and for staff correcting them
     * later (rectification), so a correction can't store what the form would refuse.
     *
     * @return the contact when these four fields are valid; otherwise empty, with the errors added
     */
    public static Optional<PatientContact> contact(String typedFirstName, String typedLastName, String typedPhone,
                                                   String typedEmail, FieldErrors errors) {
        FieldErrors own = new FieldErrors();
        String firstName = name(typedFirstName, "firstName", own);
        String lastName = name(typedLastName, "lastName", own);
        Optional<String> phone = optional(typedPhone, PhoneNumbers.toE164(typedPhone), "phone", own);
        Optional<String> email = optional(typedEmail, EmailAddresses.normalise(typedEmail), "email", own);
        if (phone.isPresent() && !PhoneNumbers.isMobile(phone.get())) {
            own.add("phone", "error.phone.notMobile");
        }
        if (isBlank(typedPhone) && isBlank(typedEmail)) {
            own.add("phone", "error.phone.orEmail");
        }
        own.asMap().forEach(errors::add);
        return own.isEmpty() ? Optional.of(new PatientContact(firstName, lastName, phone, email)) : Optional.empty();
    }

    /**
     * Comes first, so that a field holding such characters gets this error and not a misleading one;
     * fields are named as in the errors, so the form shows it beside the field.
     */
    private static void refuseUnstorableText(BookingForm form, FieldErrors errors) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("firstName", form.firstName());
        typed.put("lastName", form.lastName());
        typed.put("phone", form.phone());
        typed.put("email", form.email());
        typed.put("nationalId", form.nationalId());
        typed.put("clinic", form.clinicId());
        typed.put("visitType", form.visitTypeId());
        typed.put("earliestDate", form.earliestDate());
        typed.put("latestDate", form.latestDate());
        typed.put("partOfDay", form.partOfDay());
        typed.put("freeText", form.freeText());
        StorableText.refuseUnstorable(typed, errors);
    }

    private PreferredPeriod period(BookingForm form, FieldErrors errors) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        Optional<LocalDate> from = date(form.earliestDate(), "earliestDate", errors);
        Optional<LocalDate> until = date(form.latestDate(), "latestDate", errors);
        from.filter(d -> d.isBefore(today)).ifPresent(d -> errors.add("earliestDate", "error.earliestDate.past"));
        until.filter(d -> d.isBefore(today)).ifPresent(d -> errors.add("latestDate", "error.latestDate.past"));
        until.filter(d -> d.isAfter(today.plusMonths(MAX_MONTHS_AHEAD)))
                .ifPresent(d -> errors.add("latestDate", "error.latestDate.tooFar"));
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            errors.add("latestDate", "error.latestDate.beforeEarliest");
        }
        Optional<PartOfDay> part = PartOfDay.parse(form.partOfDay());
        if (part.isEmpty()) {
            errors.add("partOfDay", "error.partOfDay.invalid");
        }
        return new PreferredPeriod(from, until, part.orElse(PartOfDay.ANY));
    }

    private static Optional<LocalDate> date(String typed, String field, FieldErrors errors) {
        if (isBlank(typed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            errors.add(field, "error." + field + ".invalid");
            return Optional.empty();
        }
    }

    /** An optional field: blank is fine, anything else must parse. */
    private static Optional<String> optional(String typed, Optional<String> parsed, String field, FieldErrors errors) {
        if (isBlank(typed)) {
            return Optional.empty();
        }
        if (parsed.isEmpty()) {
            errors.add(field, "error." + field + ".invalid");
        }
        return parsed;
    }

    private static String name(String typed, String field, FieldErrors errors) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            errors.add(field, "error." + field + ".required");
        } else if (name.codePointCount(0, name.length()) > BookingForm.MAX_NAME_LENGTH) {
            errors.add(field, "error." + field + ".tooLong");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(field, "error." + field + ".invalid");
        }
        return name;
    }

    private static Optional<Long> id(String typed) {
        if (isBlank(typed) || !typed.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed.strip()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

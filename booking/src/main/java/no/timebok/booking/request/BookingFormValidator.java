package no.timebok.booking.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.common.validation.FieldErrors;
import no.timebok.common.validation.PhoneNumbers;

/** The server-side rules of the booking form; the browser's checks are only a convenience. */
@ApplicationScoped
public class BookingFormValidator {

    @Inject
    ClinicRepository clinics;

    /**
     * Checks every field and reports all errors at once.
     *
     * @throws no.timebok.common.validation.InvalidInputException when any field is invalid
     */
    public ValidBooking validate(BookingForm form) {
        FieldErrors errors = new FieldErrors();
        String firstName = name(form.firstName(), "firstName", errors);
        String lastName = name(form.lastName(), "lastName", errors);
        Optional<String> phone = PhoneNumbers.toE164(form.phone());
        if (isBlank(form.phone())) {
            errors.add("phone", "error.phone.required");
        } else if (phone.isEmpty()) {
            errors.add("phone", "error.phone.invalid");
        }
        Optional<Clinic> clinic = clinic(form.clinicId());
        if (clinic.isEmpty()) {
            errors.add("clinic", "error.clinic.required");
        }
        String freeText = form.freeText() == null ? "" : form.freeText().strip();
        if (freeText.isEmpty()) {
            errors.add("freeText", "error.freeText.required");
        } else if (freeText.codePointCount(0, freeText.length()) > BookingForm.MAX_FREE_TEXT_LENGTH) {
            errors.add("freeText", "error.freeText.tooLong");
        }
        errors.throwIfAny();
        return new ValidBooking(clinic.orElseThrow(),
                new PatientContact(firstName, lastName, phone.orElseThrow()), freeText);
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

    private Optional<Clinic> clinic(String typedId) {
        if (isBlank(typedId) || !typedId.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return clinics.findBookable(Long.parseLong(typedId.strip()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A form that passed every rule, in the types the entity needs. */
    public record ValidBooking(Clinic clinic, PatientContact contact, String freeText) {
    }
}

package no.timebok.booking.newsletter;

import java.util.Optional;
import java.util.Set;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.common.validation.StorableText;

/**
 * What a person typed on the newsletter page, as typed, so that a refused form shows it again.
 *
 * @param clinic the id of the clinic whose newsletter they want, as typed
 * @param language the page's language tag
 */
public record SignUpForm(String name, String email, String clinic, String language) {

    /** As long as a booking request's first and last name together. */
    public static final int MAX_NAME_LENGTH = 200;

    public static SignUpForm empty(String language) {
        return new SignUpForm("", "", "", language);
    }

    public SignUpForm inLanguage(String other) {
        return new SignUpForm(name, email, clinic, other);
    }

    /**
     * @param clinics the clinics one may sign up for: those taking bookings, as on the booking form
     * @throws no.timebok.common.error.InvalidInputException naming each wrong field, with the
     *         booking form's message keys where the rule is the same
     */
    public SignUp validate(Set<Long> clinics) {
        FieldErrors errors = new FieldErrors();
        String typedName = name == null ? "" : name.strip();
        if (!StorableText.isStorable(name)) {
            errors.add("name", "error.text.unusableCharacters");
        } else if (typedName.isEmpty()) {
            errors.add("name", "error.name.required");
        } else if (typedName.codePointCount(0, typedName.length()) > MAX_NAME_LENGTH) {
            errors.add("name", "error.name.tooLong");
        } else if (typedName.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "error.name.invalid");
        }
        Optional<String> address = email == null || email.isBlank() ? Optional.empty() : EmailAddresses.normalise(email);
        if (!StorableText.isStorable(email)) {
            errors.add("email", "error.text.unusableCharacters");
        } else if (email == null || email.isBlank()) {
            errors.add("email", "error.email.required");
        } else if (address.isEmpty()) {
            errors.add("email", "error.email.invalid");
        }
        Optional<Long> clinicId = clinicId().filter(clinics::contains);
        if (clinicId.isEmpty()) {
            errors.add("clinic", "error.clinic.required");
        }
        errors.throwIfAny();
        return new SignUp(clinicId.orElseThrow(), typedName, address.orElseThrow(), Language.of(language));
    }

    private Optional<Long> clinicId() {
        if (clinic == null || !clinic.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(clinic.strip()));
    }

    /** A checked sign-up: a clinic taking bookings, a name, and the address as the outbox will take it. */
    public record SignUp(long clinicId, String name, String email, Language language) {
    }
}

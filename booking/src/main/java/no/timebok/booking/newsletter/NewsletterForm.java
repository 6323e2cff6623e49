package no.timebok.booking.newsletter;

import java.util.Set;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.messaging.PatientMessages;

/** A newsletter as the administrator writes it: one clinic, subject and text in both languages. */
public record NewsletterForm(Long clinicId, String subjectNb, String subjectEn, String textNb, String textEn) {

    /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
    Valid validate(Set<Long> myClinics) {
        FieldErrors errors = new FieldErrors();
        if (clinicId == null || !myClinics.contains(clinicId)) {
            errors.add("clinicId", "newsletter.clinic.invalid");
        }
        subject(errors, "subjectNb", subjectNb);
        subject(errors, "subjectEn", subjectEn);
        text(errors, "textNb", textNb);
        text(errors, "textEn", textEn);
        errors.throwIfAny();
        return new Valid(clinicId, subjectNb.strip(), subjectEn.strip(), textNb.strip(), textEn.strip());
    }

    /** A subject becomes a mail header: one line, so nothing can be smuggled in after it. */
    private static void subject(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > PatientMessages.NEWSLETTER_MAX_SUBJECT
                || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            errors.add(field, "newsletter.subject.required");
        }
    }

    private static void text(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > PatientMessages.NEWSLETTER_MAX_TEXT) {
            errors.add(field, "newsletter.text.required");
        }
    }

    record Valid(long clinicId, String subjectNb, String subjectEn, String textNb, String textEn) {
    }
}

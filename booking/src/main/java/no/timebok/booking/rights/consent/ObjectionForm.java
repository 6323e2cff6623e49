package no.timebok.booking.rights.consent;

import no.timebok.common.error.FieldErrors;

/** An objection under GDPR art. 21 to one purpose. */
public record ObjectionForm(String purpose) {

    /** @throws no.timebok.common.error.InvalidInputException when the purpose is unknown or allows no objection */
    ConsentPurpose validate() {
        FieldErrors errors = new FieldErrors();
        ConsentPurpose parsed = ConsentPurpose.parse(purpose).orElse(null);
        if (parsed == null) {
            errors.add("purpose", "consent.purpose.invalid");
        } else if (!parsed.objectable()) {
            errors.add("purpose", "consent.objection.notAllowed");
        }
        errors.throwIfAny();
        return parsed;
    }
}

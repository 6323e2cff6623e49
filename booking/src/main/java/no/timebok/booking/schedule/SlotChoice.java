package no.timebok.booking.schedule;

import java.time.Instant;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/** A slot as the JSON API receives it: which resource, and when it starts (an ISO-8601 instant). */
public record SlotChoice(Long resourceId, String start) {

    /** The resource and start this choice names. @throws no.timebok.common.error.InvalidInputException naming each missing or wrong field */
    public Chosen chosen() {
        FieldErrors errors = new FieldErrors();
        if (resourceId == null) {
            errors.add("resourceId", "staff.resource.invalid");
        }
        Instant at = FieldValues.instant(start, "start", "staff.start.invalid", errors).orElse(null);
        if (at == null) {
            errors.add("start", "staff.start.invalid");
        }
        errors.throwIfAny();
        return new Chosen(resourceId, at);
    }

    /** A slot choice whose fields were read. */
    public record Chosen(long resourceId, Instant start) {
    }
}

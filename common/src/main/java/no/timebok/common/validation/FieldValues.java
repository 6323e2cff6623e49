package no.timebok.common.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.common.error.FieldErrors;

/**
 * Typed values from what a person typed into one field, with that field's error when it is not the
 * type: the same parsing for every form and every JSON body. Surrounding white space never counts.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** A date as YYYY-MM-DD; empty when nothing was typed, or when it is not a date (then {@code errorKey} on the field). */
    public static Optional<LocalDate> date(String typed, String field, String errorKey, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeException e) {
            errors.add(field, errorKey);
            return Optional.empty();
        }
    }

    /** A date that must be there: {@code requiredKey} on the field when nothing was typed. */
    public static Optional<LocalDate> requiredDate(String typed, String field, String requiredKey, String errorKey,
                                                   FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, requiredKey);
            return Optional.empty();
        }
        return date(typed, field, errorKey, errors);
    }

    /** A whole number; empty when nothing was typed, or when it is not one (then {@code errorKey} on the field). */
    public static Optional<Long> wholeNumber(String typed, String field, String errorKey, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(typed.strip()));
        } catch (NumberFormatException e) {
            errors.add(field, errorKey);
            return Optional.empty();
        }
    }

    /**
     * Ids chosen in a list (checkboxes); one that is not a number is {@code errorKey} on the field. A
     * blank one is 0, which names nothing, so the caller's check of the ids refuses it.
     */
    public static Set<Long> ids(List<String> typed, String field, String errorKey, FieldErrors errors) {
        return typed.stream().map(each -> wholeNumber(each, field, errorKey, errors).orElse(0L)).collect(Collectors.toSet());
    }

    /** An ISO-8601 instant such as {@code 2026-03-02T08:00:00Z}; empty when nothing was typed or it is not one. */
    public static Optional<Instant> instant(String typed, String field, String errorKey, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(typed.strip()));
        } catch (DateTimeException e) {
            errors.add(field, errorKey);
            return Optional.empty();
        }
    }

    /**
     * The date of one field, or the refusal naming that field at once: for an input of a single field.
     *
     * @throws no.timebok.common.error.InvalidInputException when it is not a date
     */
    public static Optional<LocalDate> date(String typed, String field, String errorKey) {
        FieldErrors errors = new FieldErrors();
        Optional<LocalDate> date = date(typed, field, errorKey, errors);
        errors.throwIfAny();
        return date;
    }
}

package no.timebok.booking.rights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.common.validation.NationalIdNumbers;
import no.timebok.common.validation.PhoneNumbers;

/**
 * A valid rights request, ready to register: the clinic is one of the officer's, the identifier is
 * normalised as booking requests store it (an 11-digit national ID, E.164, a trimmed address), and
 * the day received is neither in the future nor more than a year back.
 */
public record RightsRegistration(long clinicId, RightsRequestKind kind, MatchedBy matchedBy, String matchKey,
                                 IdentityCheck identityCheck, Optional<String> identityNote, LocalDate receivedOn) {

    /** Requests older than this are typos in the date, not late registrations. */
    private static final int OLDEST_RECEIVED_MONTHS = 12;

    /**
     * @throws no.timebok.common.error.InvalidInputException with an error for each field that
     *         is missing or wrong; nothing is registered then
     */
    public static RightsRegistration validate(RightsRequestForm form, Set<Long> officersClinics, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (form == null) {
            throw errors.add("kind", "rights.kind.required").asException();
        }
        if (form.clinicId() == null || !officersClinics.contains(form.clinicId())) {
            errors.add("clinicId", "rights.clinic.invalid");
        }
        Optional<RightsRequestKind> kind = parse(RightsRequestKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.add("kind", "rights.kind.required");
        }
        Optional<MatchedBy> matchedBy = parse(MatchedBy.class, form.matchedBy());
        Optional<String> key = Optional.empty();
        if (matchedBy.isEmpty()) {
            errors.add("matchedBy", "rights.matchedBy.required");
        } else {
            key = normalise(matchedBy.get(), form.matchKey());
            if (key.isEmpty()) {
                errors.add("matchKey", "rights.matchKey.invalid." + matchedBy.get().name().toLowerCase(Locale.ROOT));
            }
        }
        Optional<IdentityCheck> check = parse(IdentityCheck.class, form.identityCheck());
        Optional<String> note = Optional.ofNullable(form.identityNote()).map(String::strip).filter(n -> !n.isEmpty());
        if (check.isEmpty()) {
            errors.add("identityCheck", "rights.identityCheck.required");
        } else if (check.get().needsNote() && note.isEmpty()) {
            errors.add("identityNote", "rights.identityNote.required");
        }
        if (note.isPresent() && note.get().length() > RightsRequest.MAX_NOTE) {
            errors.add("identityNote", "rights.identityNote.tooLong");
        }
        Optional<LocalDate> received = parseDate(form.receivedOn());
        if (received.isEmpty()) {
            errors.add("receivedOn", "rights.receivedOn.invalid");
        } else if (received.get().isAfter(today)) {
            errors.add("receivedOn", "rights.receivedOn.future");
        } else if (received.get().isBefore(today.minusMonths(OLDEST_RECEIVED_MONTHS))) {
            errors.add("receivedOn", "rights.receivedOn.tooOld");
        }
        errors.throwIfAny();
        return new RightsRegistration(form.clinicId(), kind.orElseThrow(), matchedBy.orElseThrow(), key.orElseThrow(),
                check.orElseThrow(), note, received.orElseThrow());
    }

    static Optional<String> normalise(MatchedBy by, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return switch (by) {
            case NATIONAL_ID -> NationalIdNumbers.normalise(typed);
            case PHONE -> PhoneNumbers.toE164(typed);
            case EMAIL -> EmailAddresses.normalise(typed);
        };
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

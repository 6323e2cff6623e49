package no.timebok.booking.request;

import java.time.LocalDate;
import java.util.Optional;

/** The days and part of day the patient would like; either end may be open. */
public record PreferredPeriod(Optional<LocalDate> from, Optional<LocalDate> until, PartOfDay partOfDay) {
}

package no.timebok.booking.clinicsetup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import no.timebok.booking.clinic.SelfBookingRules;
import no.timebok.booking.schedule.WeeklyHours;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * What an administrator typed, as text, so that a wrong date or time comes back as that field's
 * error instead of a failed request.
 */
public final class SetupDrafts {

    private SetupDrafts() {
    }

    /** A resource: weekly hours keyed by weekday name ("MONDAY": "08:00-16:00"). */
    public record ResourceDraft(Long clinicId, String name, String place, Boolean active, Map<String, String> hours) {

        boolean bookable() {
            return active == null || active;
        }

        /** @throws no.timebok.common.error.InvalidInputException naming "hours" or "hours.&lt;DAY&gt;" */
        WeeklyHours weeklyHours() {
            Map<DayOfWeek, String> byDay = new EnumMap<>(DayOfWeek.class);
            if (hours != null) {
                for (Map.Entry<String, String> day : hours.entrySet()) {
                    try {
                        byDay.put(DayOfWeek.valueOf(String.valueOf(day.getKey()).strip().toUpperCase(java.util.Locale.ROOT)), day.getValue());
                    } catch (IllegalArgumentException e) {
                        throw new FieldErrors().add("hours", "setup.hours.day").asException();
                    }
                }
            }
            return WeeklyHours.parse(byDay);
        }
    }

    /** A closure of the whole clinic, or of one resource when {@code resourceId} is given. */
    public record ClosureDraft(Long clinicId, Long resourceId, String firstDay, String lastDay, String reason) {
    }

    public record NoticeDraft(Long clinicId, String titleNb, String titleEn, String bodyNb, String bodyEn,
                              String shownFrom, String shownUntil) {
    }

    /**
     * A clinic's rules for patients' own bookings. A missing number is out of range, so it comes back
     * as that field's error; a missing waiting list is none.
     */
    public record SelfBookingDraft(Integer horizonDays, Integer deadlineHours, Boolean waitingList) {

        /** @throws no.timebok.common.error.InvalidInputException naming "horizonDays" or "deadlineHours" */
        SelfBookingRules rules() {
            return SelfBookingRules.of(horizonDays == null ? 0 : horizonDays, deadlineHours == null ? -1 : deadlineHours,
                    Boolean.TRUE.equals(waitingList));
        }
    }

    /** Parses an ISO date (the value of a date input), recording the field's error when it isn't one. */
    static LocalDate date(FieldErrors errors, String field, String text) {
        return FieldValues.requiredDate(text, field, "setup.date.required", "setup.date.invalid", errors).orElse(null);
    }
}

package no.timebok.booking.schedule.calendar;

import java.util.List;

/** A resource's calendar for some consecutive days, as the page and the API show it. */
public record ResourceCalendar(long resourceId, String resourceName, long clinicId, List<CalendarDay> days) {
}

package no.timebok.booking.schedule.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * One resource's calendar for programs and tests: {@code GET /api/staff/calendar?resource=101&from=2027-03-26&days=7}.
 * Booking, moving and cancelling are the existing request and appointment endpoints. Parameters are
 * read as text, so that a wrong one is a 400 naming it, not the 404 JAX-RS gives for an unconvertible one.
 */
@Path("/staff/calendar")
@RequestScoped
@RolesAllowed("reception")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** {@code from} defaults to today and {@code days} to 1; another clinic's resource is a 404. */
    @GET
    public ResourceCalendar show(@QueryParam("resource") String resource, @QueryParam("from") String from,
                                 @QueryParam("days") String days) {
        FieldErrors errors = new FieldErrors();
        Long resourceId = FieldValues.wholeNumber(resource, "resource", "staff.resource.invalid", errors).orElse(null);
        if (resourceId == null && (resource == null || resource.isBlank())) {
            errors.add("resource", "staff.resource.invalid");
        }
        Optional<LocalDate> start = FieldValues.date(from, "from", "staff.calendar.from.invalid", errors);
        long span = FieldValues.wholeNumber(days, "days", "staff.calendar.days.invalid", errors).orElse(1L);
        if (span < 1 || span > CalendarService.MAX_DAYS) {
            errors.add("days", "staff.calendar.days.invalid");
        }
        errors.throwIfAny();
        return calendar.calendar(resourceId, start.orElseGet(() -> LocalDate.now(clock.withZone(config.zone()))), (int) span);
    }
}

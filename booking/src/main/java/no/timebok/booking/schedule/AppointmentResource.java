package no.timebok.booking.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import no.timebok.common.validation.FieldErrors;

/**
 * Moving and cancelling appointments. The free slots and the booking of a request are under the
 * request's own path (see {@link no.timebok.booking.queue.QueueResource}), because JAX-RS picks one
 * resource class per path prefix.
 */
@Path("/staff/appointments")
@RequestScoped
@RolesAllowed("reception")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    @Inject
    SchedulingService scheduling;

    @POST
    @Path("{id: \\d{1,18}}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppointmentView reschedule(@PathParam("id") long appointmentId, SlotChoice choice) {
        SlotChoice given = require(choice);
        return scheduling.reschedule(appointmentId, given.resourceId(), instant(given.start()));
    }

    @POST
    @Path("{id: \\d{1,18}}/cancel")
    public AppointmentView cancel(@PathParam("id") long appointmentId) {
        return scheduling.cancel(appointmentId);
    }

    public static SlotChoice require(SlotChoice choice) {
        FieldErrors errors = new FieldErrors();
        if (choice == null || choice.resourceId() == null) {
            errors.add("resourceId", "staff.resource.invalid");
        }
        if (choice == null || choice.start() == null) {
            errors.add("start", "staff.start.invalid");
        }
        errors.throwIfAny();
        return choice;
    }

    public static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new FieldErrors().add("start", "staff.start.invalid").asException();
        }
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new FieldErrors().add(field, "staff.start.invalid").asException();
        }
    }

    public record SlotChoice(Long resourceId, String start) {
    }

    public record ResourceView(long id, String name, String place) {
    }
}

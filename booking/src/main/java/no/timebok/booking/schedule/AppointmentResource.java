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
        SlotChoice.Chosen slot = (choice == null ? new SlotChoice(null, null) : choice).chosen();
        return scheduling.reschedule(appointmentId, slot.resourceId(), slot.start());
    }

    @POST
    @Path("{id: \\d{1,18}}/cancel")
    public AppointmentView cancel(@PathParam("id") long appointmentId) {
        return scheduling.cancel(appointmentId);
    }
}

package no.timebok.booking.clinicsetup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.timebok.booking.clinicsetup.SetupDrafts.ClosureDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.NoticeDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.ResourceDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.SelfBookingDraft;
import no.timebok.booking.clinicsetup.SetupViews.ClinicView;
import no.timebok.booking.clinicsetup.SetupViews.Overview;
import no.timebok.booking.clinicsetup.SetupViews.ResourceView;
import no.timebok.booking.clinicsetup.SetupViews.VisitTypeView;

/** The clinic set-up for administrators (web.xml also limits /api/staff/admin/* to them). */
@Path("/staff/admin/setup")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClinicSetupResource {

    @Inject
    ClinicSetupService setup;

    @GET
    public Overview overview() {
        return setup.overview();
    }

    @POST
    @Path("resources")
    public Response addResource(ResourceDraft draft) {
        return Response.status(Response.Status.CREATED).entity(setup.addResource(orEmpty(draft))).build();
    }

    @PUT
    @Path("resources/{id: \\d{1,18}}")
    public ResourceView changeResource(@PathParam("id") long id, ResourceDraft draft) {
        return setup.changeResource(id, orEmpty(draft));
    }

    @POST
    @Path("closures")
    public Response addClosure(ClosureDraft draft) {
        ClosureDraft given = draft == null ? new ClosureDraft(null, null, null, null, null) : draft;
        return Response.status(Response.Status.CREATED).entity(setup.addClosure(given)).build();
    }

    @DELETE
    @Path("closures/{id: \\d{1,18}}")
    public Response removeClosure(@PathParam("id") long id) {
        setup.removeClosure(id);
        return Response.noContent().build();
    }

    @POST
    @Path("notices")
    public Response addNotice(NoticeDraft draft) {
        NoticeDraft given = draft == null ? new NoticeDraft(null, null, null, null, null, null, null) : draft;
        return Response.status(Response.Status.CREATED).entity(setup.addNotice(given)).build();
    }

    @DELETE
    @Path("notices/{id: \\d{1,18}}")
    public Response removeNotice(@PathParam("id") long id) {
        setup.removeNotice(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("visit-types/{id: \\d{1,18}}")
    public VisitTypeView changeSlotLength(@PathParam("id") long id, SlotLength length) {
        return setup.changeSlotLength(id, length == null ? null : length.slotMinutes());
    }

    /** A clinic's rules for patients' own bookings: {@code {"horizonDays","deadlineHours","waitingList"}}. */
    @PUT
    @Path("clinics/{id: \\d{1,18}}/self-booking")
    public ClinicView changeSelfBooking(@PathParam("id") long id, SelfBookingDraft draft) {
        return setup.changeSelfBooking(id, draft == null ? new SelfBookingDraft(null, null, null) : draft);
    }

    private static ResourceDraft orEmpty(ResourceDraft draft) {
        return draft == null ? new ResourceDraft(null, null, null, null, null) : draft;
    }

    public record SlotLength(Integer slotMinutes) {
    }
}

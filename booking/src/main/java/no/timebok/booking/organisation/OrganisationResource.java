package no.timebok.booking.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import no.timebok.booking.clinic.Logo;
import no.timebok.booking.organisation.OrganisationDrafts.ClinicDraft;
import no.timebok.booking.organisation.OrganisationDrafts.GroupDraft;
import no.timebok.booking.organisation.OrganisationDrafts.VisitTypeDraft;
import no.timebok.booking.organisation.OrganisationViews.ClinicView;
import no.timebok.booking.organisation.OrganisationViews.GroupView;
import no.timebok.booking.organisation.OrganisationViews.Overview;
import no.timebok.booking.organisation.OrganisationViews.VisitTypeView;

/** The group, clinics and kinds of visit for administrators (web.xml also limits /api/staff/admin/* to them). */
@Path("/staff/admin/organisation")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @GET
    public Overview overview() {
        return organisation.overview();
    }

    @PUT
    @Path("group")
    public GroupView changeGroup(GroupDraft draft) {
        return organisation.changeGroup(draft == null ? new GroupDraft(null, null, null, null, null) : draft);
    }

    /** The image itself as the body; read no further than the largest logo accepted. */
    @PUT
    @Path("group/logo")
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    public GroupView changeLogo(InputStream image) throws IOException {
        return organisation.changeLogo(image.readNBytes(Logo.MAX_BYTES + 1));
    }

    @POST
    @Path("clinics")
    public Response addClinic(ClinicDraft draft) {
        return Response.status(Response.Status.CREATED).entity(organisation.addClinic(orEmpty(draft))).build();
    }

    @PUT
    @Path("clinics/{id: \\d{1,18}}")
    public ClinicView changeClinic(@PathParam("id") long id, ClinicDraft draft) {
        return organisation.changeClinic(id, orEmpty(draft));
    }

    @POST
    @Path("visit-types")
    public Response addVisitType(VisitTypeDraft draft) {
        return Response.status(Response.Status.CREATED).entity(organisation.addVisitType(orEmpty(draft))).build();
    }

    @PUT
    @Path("visit-types/{id: \\d{1,18}}")
    public VisitTypeView changeVisitType(@PathParam("id") long id, VisitTypeDraft draft) {
        return organisation.changeVisitType(id, orEmpty(draft));
    }

    private static ClinicDraft orEmpty(ClinicDraft draft) {
        return draft == null ? new ClinicDraft(null, null, null, null, null, null, null, null, null, null, null, null) : draft;
    }

    private static VisitTypeDraft orEmpty(VisitTypeDraft draft) {
        return draft == null ? new VisitTypeDraft(null, null, null, null, null, null) : draft;
    }
}

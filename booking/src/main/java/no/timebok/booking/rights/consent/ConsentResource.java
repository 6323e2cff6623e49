package no.timebok.booking.rights.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A rights request's person's consents and objections, for the privacy officer. */
@Path("/staff/privacy/consents/{rightsRequestId}")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @GET
    public ConsentOverview overview(@PathParam("rightsRequestId") long rightsRequestId) {
        return consents.overview(rightsRequestId);
    }

    @POST
    public ConsentOverview record(@PathParam("rightsRequestId") long rightsRequestId, ConsentForm form) {
        return consents.record(rightsRequestId, form == null ? new ConsentForm(null, null, null, null) : form);
    }

    @POST
    @Path("objections")
    public ConsentOverview object(@PathParam("rightsRequestId") long rightsRequestId, ObjectionForm form) {
        return consents.object(rightsRequestId, form == null ? new ObjectionForm(null) : form);
    }
}

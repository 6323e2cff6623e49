package no.timebok.booking.rights.restriction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Restriction of processing for the person of a rights request: POST sets it, DELETE lifts it. */
@Path("/staff/privacy/restrictions/{rightsRequestId}")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class RestrictionResource {

    @Inject
    RestrictionService restrictions;

    @POST
    public RestrictionResult restrict(@PathParam("rightsRequestId") long rightsRequestId) {
        return restrictions.restrict(rightsRequestId);
    }

    @DELETE
    public RestrictionResult lift(@PathParam("rightsRequestId") long rightsRequestId) {
        return restrictions.lift(rightsRequestId);
    }
}

package no.timebok.booking.rights.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Erasure on request: a POST, since it changes everything it touches and cannot be undone. */
@Path("/staff/privacy/erasures")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Inject
    ErasureService erasure;

    @POST
    @Path("{rightsRequestId}")
    public ErasureAnswer erase(@PathParam("rightsRequestId") long rightsRequestId) {
        return erasure.erase(rightsRequestId);
    }
}

package no.timebok.booking.rights.rectification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Corrections of contact data; the body holds the data, so the address names only the rights request. */
@Path("/staff/privacy/rectifications")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {

    @Inject
    RectificationService rectification;

    @PUT
    @Path("{rightsRequestId}")
    public RectificationResult rectify(@PathParam("rightsRequestId") long rightsRequestId, RectificationForm form) {
        return rectification.rectify(rightsRequestId, form);
    }
}

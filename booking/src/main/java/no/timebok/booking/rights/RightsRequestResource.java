package no.timebok.booking.rights;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The privacy officer's rights requests. Registering is a POST because the body holds the person's
 * identifier; the ids in the addresses are the requests' own and say nothing about the person.
 */
@Path("/staff/privacy/rights-requests")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RightsRequestResource {

    @Inject
    RightsRequestService rights;

    @Context
    UriInfo uri;

    @POST
    public Response register(RightsRequestForm form) {
        RightsRequestSummary registered = rights.register(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(registered.id())).build())
                .entity(registered).build();
    }

    @GET
    public RightsRequestList list() {
        return rights.list();
    }

    @GET
    @Path("{id}")
    public RightsRequestDetail detail(@PathParam("id") long id) {
        return rights.detail(id);
    }

    @POST
    @Path("{id}/answer")
    public RightsRequestSummary answer(@PathParam("id") long id) {
        return rights.answer(id);
    }
}

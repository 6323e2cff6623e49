package no.timebok.booking.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The administrator's newsletters: write one, list them, send one (once). */
@Path("/staff/admin/newsletters")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    @Inject
    NewsletterService newsletters;

    @Context
    UriInfo uri;

    @POST
    public Response write(NewsletterForm form) {
        NewsletterView written = newsletters.write(form == null ? new NewsletterForm(null, null, null, null, null) : form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(written.id())).build()).entity(written).build();
    }

    @GET
    public List<NewsletterView> list() {
        return newsletters.list();
    }

    /** {@code ?beyondPromise=true} sends a 13th in a calendar year, after the 409 that warned of it. */
    @POST
    @Path("{id}/send")
    public NewsletterView send(@PathParam("id") long id, @QueryParam("beyondPromise") boolean beyondPromise) {
        return newsletters.send(id, beyondPromise);
    }
}

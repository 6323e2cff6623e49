package no.timebok.booking.correspondence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.timebok.common.messaging.TemplateText;

/** The message templates, for administrators (web.xml also keeps /api/staff/admin/* to them). */
@Path("/staff/admin/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class TemplateAdminResource {

    @Inject
    TemplateAdminService templates;

    @GET
    public List<TemplateText> all() {
        return templates.all();
    }

    @PUT
    @Path("{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateText save(@PathParam("kind") String kind, @PathParam("language") String language, Edit edit) {
        Edit given = edit == null ? new Edit(null, null) : edit;
        return templates.save(kind, language, given.subject(), given.body());
    }

    public record Edit(String subject, String body) {
    }
}

package no.timebok.booking.rights.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The exports as file downloads. The address names the rights request only; the file name too, so
 * nothing about the person ends up in a URL, a log or a download folder's listing.
 */
@Path("/staff/privacy/exports")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("{id}/access.json")
    public Response access(@PathParam("id") long id) {
        return download(exports.access(id), "timebok-access-" + id + ".json");
    }

    @GET
    @Path("{id}/portability.json")
    public Response portability(@PathParam("id") long id) {
        return download(exports.portability(id), "timebok-portability-" + id + ".json");
    }

    private static Response download(Object export, String fileName) {
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}

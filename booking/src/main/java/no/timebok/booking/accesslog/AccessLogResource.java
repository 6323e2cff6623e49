package no.timebok.booking.accesslog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.timebok.booking.accesslog.AccessLogService.PatientAccessLog;

/**
 * The access log of one patient for the privacy officer. A POST, because the search may be a
 * phone number, and personal data never goes into a URL.
 */
@Path("/staff/privacy/access-log")
@RequestScoped
@RolesAllowed("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    AccessLogService accessLog;

    @POST
    public PatientAccessLog search(Search search) {
        return accessLog.forPatient(search == null ? null : search.search());
    }

    /** @param search a booking reference or the patient's mobile number */
    public record Search(String search) {
    }
}

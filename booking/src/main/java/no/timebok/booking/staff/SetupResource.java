package no.timebok.booking.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.timebok.booking.login.StaffSessionCookie;

/**
 * First-login setup, for accounts that hold only the {@code setup} role: the enrolment secret, then
 * the new password with a code that proves the app is enrolled. Afterwards the session ends and the
 * account logs in again with both factors.
 */
@Path("/staff/setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    @Inject
    StaffAccountService accounts;

    @Inject
    StaffSessionCookie staffSession;

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("totp")
    public Response enrolment() {
        String username = security.getCallerPrincipal().getName();
        return accounts.pendingTotpSecret(username)
                .map(secret -> Response.ok(TotpEnrolment.of(username, secret)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(Setup setup) throws ServletException {
        Setup given = setup == null ? new Setup(null, null, null) : setup;
        accounts.completeSetup(security.getCallerPrincipal().getName(), given.newPassword(), given.repeatPassword(), given.code());
        staffSession.end(request, response);
        request.logout();
        request.getSession().invalidate();
        return Response.noContent().build();
    }

    public record Setup(String newPassword, String repeatPassword, String code) {
    }
}

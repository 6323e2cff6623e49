package no.timebok.booking.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;

/** A call refused by {@code @RolesAllowed}: recorded as a security event, answered as a problem. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    SecurityEventLog events;

    @Inject
    StaffUserRepository users;

    @Override
    public Response toResponse(ForbiddenException e) {
        Long staffUserId = security.getUserPrincipal() == null ? null
                : users.findByUsername(security.getUserPrincipal().getName()).map(StaffUser::id).orElse(null);
        events.record(SecurityEvent.Kind.ACCESS_DENIED, staffUserId, null, uri.getRequestUri().getPath());
        return Problems.problem(403, "forbidden", "Not allowed", "Your role does not give access to this address.").build();
    }
}

package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.rights.RightsRequestNotFoundException;

/** Another clinic's rights request is indistinguishable from none. */
@Provider
public class RightsRequestNotFoundMapper implements ExceptionMapper<RightsRequestNotFoundException> {

    @Override
    public Response toResponse(RightsRequestNotFoundException e) {
        return Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build();
    }
}

package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.request.IllegalStatusChangeException;

@Provider
public class IllegalStatusChangeMapper implements ExceptionMapper<IllegalStatusChangeException> {

    @Override
    public Response toResponse(IllegalStatusChangeException e) {
        return Problems.problem(409, "illegal-status-change", "This status change is not allowed", e.getMessage()).build();
    }
}

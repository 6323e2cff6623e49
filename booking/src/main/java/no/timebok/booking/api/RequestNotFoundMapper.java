package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.queue.RequestNotFoundException;

/** The same 404 as any unknown address: a request of another clinic is indistinguishable from none. */
@Provider
public class RequestNotFoundMapper implements ExceptionMapper<RequestNotFoundException> {

    @Override
    public Response toResponse(RequestNotFoundException e) {
        return Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build();
    }
}

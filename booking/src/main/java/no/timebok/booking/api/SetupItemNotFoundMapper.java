package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.clinicsetup.SetupItemNotFoundException;

/** Another clinic's set-up item answers like one that never existed. */
@Provider
public class SetupItemNotFoundMapper implements ExceptionMapper<SetupItemNotFoundException> {

    @Override
    public Response toResponse(SetupItemNotFoundException e) {
        return Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build();
    }
}

package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.staff.StaffAccountNotFoundException;

/** An account outside the administrator's clinics answers like one that never existed. */
@Provider
public class StaffAccountNotFoundMapper implements ExceptionMapper<StaffAccountNotFoundException> {

    @Override
    public Response toResponse(StaffAccountNotFoundException e) {
        return Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build();
    }
}

package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.schedule.AppointmentCancelledException;

@Provider
public class AppointmentCancelledMapper implements ExceptionMapper<AppointmentCancelledException> {

    @Override
    public Response toResponse(AppointmentCancelledException e) {
        return Problems.problem(409, "appointment-cancelled", "The appointment is cancelled", e.getMessage()).build();
    }
}

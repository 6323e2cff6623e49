package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.schedule.SlotTakenException;

@Provider
public class SlotTakenMapper implements ExceptionMapper<SlotTakenException> {

    @Override
    public Response toResponse(SlotTakenException e) {
        return Problems.problem(409, "slot-taken", "Slot just taken", e.getMessage()).build();
    }
}

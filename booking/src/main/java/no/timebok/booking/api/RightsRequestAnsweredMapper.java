package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.rights.RightsRequestAnsweredException;

@Provider
public class RightsRequestAnsweredMapper implements ExceptionMapper<RightsRequestAnsweredException> {

    @Override
    public Response toResponse(RightsRequestAnsweredException e) {
        return Problems.problem(409, "already-answered", "Already answered",
                "This rights request is already recorded as answered.").build();
    }
}

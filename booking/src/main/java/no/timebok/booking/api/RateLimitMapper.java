package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.abuse.RateLimitExceededException;

/** Too many requests is a 429 with Retry-After, never a silent drop. */
@Provider
public class RateLimitMapper implements ExceptionMapper<RateLimitExceededException> {

    @Override
    public Response toResponse(RateLimitExceededException e) {
        return Problems.problem(429, "rate-limit", "Too many requests",
                        "Nothing was stored. Wait before sending again.")
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }
}

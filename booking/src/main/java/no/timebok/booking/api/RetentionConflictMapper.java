package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.common.retention.LegalHoldException;

/** A hold placed twice or released when there is none: 409, with the field it concerns. */
@Provider
public class RetentionConflictMapper implements ExceptionMapper<LegalHoldException> {

    @Override
    public Response toResponse(LegalHoldException e) {
        return Problems.problem(409, "legal-hold", "Legal hold conflict", e.getMessage()).build();
    }
}

package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.common.retention.JournalDecisionException;

/** A decision for an unknown message is 404; for one already in the journal, 409. */
@Provider
public class JournalDecisionMapper implements ExceptionMapper<JournalDecisionException> {

    @Override
    public Response toResponse(JournalDecisionException e) {
        return e.notFound()
                ? Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build()
                : Problems.problem(409, "journal-decision", "Decision not possible", e.getMessage()).build();
    }
}

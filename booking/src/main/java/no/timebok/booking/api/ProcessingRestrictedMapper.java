package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.common.messaging.ProcessingRestrictedException;

/** Staff tried to write to, or act for, a person who has restricted processing: they see why. */
@Provider
public class ProcessingRestrictedMapper implements ExceptionMapper<ProcessingRestrictedException> {

    @Override
    public Response toResponse(ProcessingRestrictedException e) {
        return Problems.problem(409, "processing-restricted", "Processing restricted",
                "The patient has restricted the processing of their data. Nothing can be sent or changed until"
                        + " the privacy officer lifts the restriction.").build();
    }
}

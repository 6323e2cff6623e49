package no.timebok.booking.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body that is not the JSON a resource expects (a word where a number belongs, broken syntax) is
 * the caller's mistake: 400, not a 500 with a stack trace. The exception's message quotes the input,
 * so only its class is logged.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.problem(400, "malformed-body", "The body could not be read",
                        "Send a JSON object whose fields have the documented types.").build();
            }
        }
        LOG.log(Level.SEVERE, "Processing failed: {0}", e.getClass().getName());
        return Problems.problem(500, "internal", "Internal error", "Something went wrong on our side.").build();
    }
}

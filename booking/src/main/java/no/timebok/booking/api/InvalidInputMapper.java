package no.timebok.booking.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.common.validation.InvalidInputException;

/** Invalid input is a 400 that lists every field's error; nothing was stored. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        return Problems.invalid(e.errors().asMap(), headers);
    }
}

package no.timebok.booking.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.common.error.BusinessException;

/** Every business refusal, whatever its feature, answered as RFC 9457 problem details here and nowhere else. */
@Provider
public class RefusalMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException refusal) {
        return Problems.refusal(refusal, headers);
    }
}

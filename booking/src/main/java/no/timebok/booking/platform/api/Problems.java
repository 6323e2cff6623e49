package no.timebok.booking.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.timebok.booking.platform.Refusals;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.error.UnauthenticatedException;
import no.timebok.common.i18n.Language;
import no.timebok.common.json.JsonFactories;

/**
 * RFC 9457 problem details: title and detail in English like every problem document, field errors
 * also in the caller's language (bokmål or English).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://timebok.no/problems/";

    private Problems() {
    }

    /** A problem the JAX-RS runtime itself raised (an unknown address, a body it could not read). */
    public static Response.ResponseBuilder problem(int status, String type, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, type, title, detail));
    }

    /** The body of such a problem, for an answer written outside JAX-RS (the container's error pages). */
    public static String body(int status, String type, String title, String detail) {
        return base(status, type, title, detail).build().toString();
    }

    /** A business refusal, with its fields' errors, {@code Retry-After} and {@code WWW-Authenticate} where it has them. */
    public static Response refusal(BusinessException refusal, HttpHeaders headers) {
        JsonObjectBuilder body = base(refusal.status(), refusal.type(), Refusals.title(refusal), Refusals.detail(refusal));
        if (refusal instanceof InvalidInputException invalid) {
            Language language = Language.preferred(headers.getAcceptableLanguages());
            JsonArrayBuilder errors = JsonFactories.BUILDERS.createArrayBuilder();
            invalid.errors().asMap().forEach((field, key) -> errors.add(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("field", field)
                    .add("code", key)
                    .add("message", Refusals.text(key, language))));
            body.add("errors", errors);
        }
        Response.ResponseBuilder response = Response.status(refusal.status()).type(MEDIA_TYPE).entity(body.build().toString());
        if (refusal instanceof RateLimitedException limited) {
            response.header("Retry-After", limited.retryAfterSeconds());
        }
        if (refusal instanceof UnauthenticatedException) {
            response.header("WWW-Authenticate", "Bearer realm=\"timebok\"");
        }
        return response.build();
    }

    private static JsonObjectBuilder base(int status, String type, String title, String detail) {
        return JsonFactories.BUILDERS.createObjectBuilder()
                .add("type", TYPES + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
    }
}

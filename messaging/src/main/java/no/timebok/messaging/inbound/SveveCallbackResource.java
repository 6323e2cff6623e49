package no.timebok.messaging.inbound;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import no.timebok.common.validation.PhoneNumbers;

/**
 * Sveve's callbacks, configured at Sveve as POST to {@code /messaging/callbacks/sveve/...} with
 * HTTP Basic credentials carrying the shared secret. Answers 2xx to anything authentic and
 * well-formed, known or not, so the gateway stops retrying; 401 without the secret.
 */
@Path("/sveve")
@RequestScoped
public class SveveCallbackResource {

    @Inject
    CallbackAuthentication authentication;

    @Inject
    SmsCallbackService callbacks;

    /** Sveve's delivery report: number, status (true/false), id, ref, errorCode, errorDesc. */
    @POST
    @Path("/delivery-report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deliveryReport(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @FormParam("status") String status, @FormParam("ref") String reference,
                                   @FormParam("errorCode") String errorCode) {
        if (!authentication.accepts(authorization)) {
            return CallbackAuthentication.challenge();
        }
        if (!"true".equals(status) && !"false".equals(status)) {
            return Response.status(Response.Status.BAD_REQUEST).entity("status must be true or false").build();
        }
        callbacks.deliveryReport(reference, Boolean.parseBoolean(status), errorCode);
        return Response.noContent().build();
    }

    /** Sveve's push of an SMS to our number: number (the sender), msg, and its id when given. */
    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inbound(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @FormParam("number") String number, @FormParam("msg") String text,
                            @FormParam("id") String id) {
        if (!authentication.accepts(authorization)) {
            return CallbackAuthentication.challenge();
        }
        Optional<String> sender = Optional.ofNullable(number).map(String::strip)
                .map(n -> n.startsWith("+") || n.length() <= 8 ? n : "+" + n)
                .flatMap(PhoneNumbers::toE164);
        if (sender.isEmpty() || text == null || text.length() > 8000) {
            return Response.status(Response.Status.BAD_REQUEST).entity("number and msg are required").build();
        }
        callbacks.smsReceived(sender.get(), text, Optional.ofNullable(id));
        return Response.noContent().build();
    }
}

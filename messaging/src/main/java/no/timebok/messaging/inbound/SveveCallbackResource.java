package no.timebok.messaging.inbound;

import jakarta.ejb.EJBException;
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

    private static final int GATEWAY_ID_COLUMN = 120;

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

    /**
     * Sveve's push of an SMS to our number: number (the sender), msg, and the gateway's id of the
     * message when given. A repeated push (same id) is answered 204 as well, so the gateway stops
     * retrying, and stored once.
     */
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
        Optional<String> gatewayId = Optional.ofNullable(id).map(String::strip).filter(i -> !i.isEmpty());
        if (gatewayId.isPresent() && gatewayId.get().length() > GATEWAY_ID_COLUMN) {
            return Response.status(Response.Status.BAD_REQUEST).entity("id is too long").build();
        }
        try {
            callbacks.smsReceived(sender.get(), text, gatewayId);
        } catch (EJBException e) {
            if (!SmsCallbackService.isRepeat(e)) {
                throw e;
            }
            // A repeat pushed at the same moment to another node (or thread) was stored first.
        }
        return Response.noContent().build();
    }
}

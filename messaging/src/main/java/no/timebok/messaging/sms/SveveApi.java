package no.timebok.messaging.sms;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Sveve's documented {@code SendMessage} call, sent as a form POST so that neither the number nor
 * the text ends up in a URL (and in some proxy's access log). The answer, with {@code f=json}, is
 * {@code {"response":{"msgOkCount":1,"stdSMSCount":1,"ids":[42824112]}}}, with an
 * {@code errors} array when a recipient was refused.
 * An interface only because the MicroProfile REST Client is built from one.
 */
@Path("/SMS")
public interface SveveApi {

    @POST
    @Path("/SendMessage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    String sendMessage(@FormParam("user") String user, @FormParam("passwd") String password,
                       @FormParam("to") String to, @FormParam("msg") String message,
                       @FormParam("from") String from, @FormParam("ref") String reference,
                       @FormParam("f") String format);
}

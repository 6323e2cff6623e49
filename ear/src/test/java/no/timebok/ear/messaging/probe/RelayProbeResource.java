package no.timebok.ear.messaging.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs the relay once, synchronously, the way its timer does: a test that asserts that something
 * was not sent (a second copy, a held message, a reminder before its time) first lets a whole
 * relay run happen, instead of waiting and hoping the timer ran. The relay is named, not imported:
 * the messaging WAR's classes are not on the tests' compile path.
 */
@Path("/probe/relay")
@RequestScoped
public class RelayProbeResource {

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String runOnce() throws NamingException, ReflectiveOperationException {
        Object relay = InitialContext.doLookup("java:module/RelayTimer");
        return String.valueOf(relay.getClass().getMethod("runUntilNothingIsDue").invoke(relay));
    }
}

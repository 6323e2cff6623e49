package no.timebok.booking.correspondence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.common.messaging.ThreadEntry;
import no.timebok.common.messaging.UnmatchedReply;
import no.timebok.common.retention.JournalDecision;

/**
 * Staff's JSON API for patient messaging, under {@code /api/staff/correspondence}: its own prefix,
 * since Jersey matches one resource class per path prefix and the queue owns
 * {@code /api/staff/requests}. Only JSON bodies are accepted, which a cross-site form can't send.
 */
@Path("/staff/correspondence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"reception", "admin", "privacy"})
public class CorrespondenceResource {

    @Inject
    StaffCorrespondenceService correspondence;

    /** Every message to and from the patient of the request, oldest first. */
    @GET
    @Path("requests/{id: \\d{1,18}}/thread")
    public List<ThreadEntry> thread(@PathParam("id") long id) {
        return correspondence.thread(id);
    }

    @POST
    @Path("requests/{id: \\d{1,18}}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@PathParam("id") long id, NewMessage message) {
        NewMessage given = message == null ? new NewMessage(null, null, null) : message;
        QueuedMessage queued = correspondence.write(id, given.channel(), given.recipient(), given.text());
        return Response.status(Response.Status.CREATED).entity(queued).build();
    }

    @PUT
    @Path("requests/{id: \\d{1,18}}/messages/{messageId: \\d{1,18}}/journal-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> decide(@PathParam("id") long id, @PathParam("messageId") long messageId, Decision decision) {
        JournalDecision chosen;
        try {
            chosen = JournalDecision.valueOf(decision == null || decision.decision() == null ? "" : decision.decision());
        } catch (IllegalArgumentException e) {
            throw new FieldErrors().add("decision", "retention.decision.unknown").asException();
        }
        correspondence.decide(id, messageId, chosen);
        return Map.of("messageId", Long.toString(messageId), "decision", chosen.name());
    }

    /** FAILED and HELD messages of the caller's clinics, newest first. */
    @GET
    @Path("problems")
    public List<StaffCorrespondenceService.Problem> problems() {
        return correspondence.problems();
    }

    /** Replies matched to no request: they have no clinic, so only the cross-clinic roles see them. */
    @GET
    @Path("unmatched")
    @RolesAllowed({"admin", "privacy"})
    public List<UnmatchedReply> unmatched() {
        return correspondence.unmatched();
    }

    /** @param channel "SMS" or "EMAIL" */
    public record NewMessage(String channel, String recipient, String text) {
    }

    /** @param decision "TRANSFER" or "NO_HEALTH_INFORMATION" */
    public record Decision(String decision) {
    }
}

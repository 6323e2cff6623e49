package no.timebok.booking.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.retention.Correspondence;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalWorkItem;
import no.timebok.common.retention.LegalHold;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt;

/**
 * Staff's JSON API for retention, under {@code /api/staff/retention}. Admin and privacy see proof
 * and act on it; reception may also work the journal list, as it knows what the messages are about.
 */
@Path("staff/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "privacy"})
public class RetentionResource {

    private static final int MAX_RECEIPTS = 500;

    @Inject
    RetentionService retention;

    @Inject
    CurrentStaff staff;

    /** Receipts, newest first. */
    @GET
    @Path("receipts")
    public List<RetentionReceipt> receipts(@QueryParam("policy") String policy, @QueryParam("limit") @DefaultValue("50") int limit) {
        Optional<RetentionPolicy> only = policy == null ? Optional.empty() : Optional.of(policy(policy));
        return retention.receipts(only, Math.max(1, Math.min(limit, MAX_RECEIPTS)));
    }

    /** What a run of the policy would touch now, counted per table. */
    @GET
    @Path("policies/{policy}/dry-run")
    public Map<String, Long> dryRun(@PathParam("policy") String policy) {
        return retention.dryRun(policy(policy));
    }

    /** Runs the policy now and answers with its receipt (outcome SKIPPED_BUSY when a run was under way). */
    @POST
    @Path("policies/{policy}/runs")
    public RetentionReceipt run(@PathParam("policy") String policy) {
        return retention.runNow(policy(policy));
    }

    @GET
    @Path("holds")
    public List<LegalHold> holds() {
        return retention.activeHolds(staff.clinicIds());
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    public LegalHold placeHold(HoldRequest request) {
        return retention.placeHold(request == null ? null : request.reference(), request == null ? null : request.reason(),
                staff.clinicIds());
    }

    @POST
    @Path("holds/{reference}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public LegalHold releaseHold(@PathParam("reference") String reference, ReleaseRequest request) {
        return retention.releaseHold(reference, request == null ? null : request.reason(), staff.clinicIds());
    }

    @GET
    @Path("journal/worklist")
    @RolesAllowed({"reception", "admin", "privacy"})
    public List<JournalWorkItem> worklist() {
        return retention.worklist(staff.clinicIds());
    }

    /** A decision for a message from the clinic (the outbox). */
    @PUT
    @Path("journal/decisions/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"reception", "admin", "privacy"})
    public Map<String, String> decide(@PathParam("messageId") long messageId, DecisionRequest request) {
        return decide(Correspondence.OUTBOUND, messageId, request);
    }

    /** A decision for a message of either direction; {@code source} is a worklist item's source. */
    @PUT
    @Path("journal/decisions/{source}/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"reception", "admin", "privacy"})
    public Map<String, String> decide(@PathParam("source") String source, @PathParam("messageId") long messageId,
                                      DecisionRequest request) {
        JournalDecision decision;
        try {
            decision = JournalDecision.valueOf(request == null || request.decision() == null ? "" : request.decision());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new FieldErrors().add("decision", "retention.decision.unknown"));
        }
        retention.decide(source, messageId, decision, staff.clinicIds());
        return Map.of("source", source, "messageId", Long.toString(messageId), "decision", decision.name());
    }

    private static RetentionPolicy policy(String code) {
        return RetentionPolicy.ofCode(code)
                .orElseThrow(() -> new InvalidInputException(new FieldErrors().add("policy", "retention.policy.unknown")));
    }

    /** Places a hold on a booking request and its message thread. */
    public record HoldRequest(String reference, String reason) {
    }

    public record ReleaseRequest(String reason) {
    }

    public record DecisionRequest(String decision) {
    }
}

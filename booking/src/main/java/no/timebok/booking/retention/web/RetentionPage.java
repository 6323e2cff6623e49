package no.timebok.booking.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.queue.RequestNotFoundException;
import no.timebok.booking.retention.RetentionService;
import no.timebok.booking.staff.CurrentStaff;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.LegalHold;
import no.timebok.common.retention.LegalHoldException;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt;
import no.timebok.common.validation.InvalidInputException;

/**
 * Backs {@code staff/retention.xhtml}: the receipts, a dry run and a run now per policy, and the
 * legal holds of the caller's clinics. Request-scoped: every action is one POST and shows its
 * outcome on the page it answers with.
 */
@Named
@RequestScoped
public class RetentionPage {

    private static final int RECEIPTS = 50;

    @Inject
    RetentionService retention;

    @Inject
    CurrentStaff staff;

    @Inject
    TimebokConfig config;

    private List<RetentionReceipt> receipts;
    private List<LegalHold> holds;
    private Map<String, Long> dryRunCounts;
    private RetentionPolicy dryRunPolicy;
    private String reference;
    private String reason;
    private String releaseReason;

    public List<RetentionPolicy> getPolicies() {
        return RetentionPolicy.scheduledPolicies();
    }

    public List<RetentionReceipt> getReceipts() {
        if (receipts == null) {
            receipts = retention.receipts(Optional.empty(), RECEIPTS);
        }
        return receipts;
    }

    public List<LegalHold> getHolds() {
        if (holds == null) {
            holds = retention.activeHolds(staff.clinicIds());
        }
        return holds;
    }

    public void dryRun(RetentionPolicy policy) {
        dryRunPolicy = policy;
        dryRunCounts = retention.dryRun(policy);
    }

    public void runNow(RetentionPolicy policy) {
        RetentionReceipt receipt = retention.runNow(policy);
        receipts = null;
        PageTexts.info("run." + receipt.outcome().name(), policy.code(), receipt.totalRows());
    }

    public void placeHold() {
        try {
            LegalHold hold = retention.placeHold(reference, reason, staff.clinicIds());
            holds = null;
            reference = null;
            reason = null;
            PageTexts.info("hold.placed", hold.subjectReference());
        } catch (InvalidInputException e) {
            PageTexts.invalid(e);
        } catch (RequestNotFoundException e) {
            PageTexts.error("hold.unknownReference");
        } catch (LegalHoldException e) {
            PageTexts.error("hold.alreadyHeld");
        }
    }

    public void release(String heldReference) {
        try {
            retention.releaseHold(heldReference, releaseReason, staff.clinicIds());
            holds = null;
            releaseReason = null;
            PageTexts.info("hold.released", heldReference);
        } catch (InvalidInputException e) {
            PageTexts.invalid(e);
        } catch (RequestNotFoundException | LegalHoldException e) {
            PageTexts.error("hold.notHeld");
        }
    }

    public String time(Instant instant) {
        return PageTexts.time(instant, config.zone());
    }

    /** The last dry run's counts, per table; null before one ran in this request. */
    public List<Count> getDryRunCounts() {
        return dryRunCounts == null ? null
                : dryRunCounts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }

    /** Rows of one table a dry run counted. */
    public record Count(String table, long rows) {
    }

    public RetentionPolicy getDryRunPolicy() {
        return dryRunPolicy;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReleaseReason() {
        return releaseReason;
    }

    public void setReleaseReason(String releaseReason) {
        this.releaseReason = releaseReason;
    }
}

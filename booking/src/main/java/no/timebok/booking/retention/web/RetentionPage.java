package no.timebok.booking.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.retention.RetentionService;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;
import no.timebok.common.retention.LegalHold;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt;

/**
 * Backs {@code staff/retention.xhtml}: the receipts, a dry run and a run now per policy, and the
 * legal holds of the caller's clinics. Request-scoped: every action is one POST and shows its
 * outcome on the page it answers with.
 */
@Named
@RequestScoped
public class RetentionPage {

    private static final int RECEIPTS = 50;
    static final String TEXTS = "rt";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Language.NB.locale());

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
        PageMessages.info(TEXTS, "run." + receipt.outcome().name(), policy.code(), receipt.totalRows());
    }

    public void placeHold() {
        LegalHold hold = retention.placeHold(reference, reason, staff.clinicIds());
        holds = null;
        reference = null;
        reason = null;
        PageMessages.info(TEXTS, "hold.placed", hold.subjectReference());
    }

    public void release(String heldReference) {
        retention.releaseHold(heldReference, releaseReason, staff.clinicIds());
        holds = null;
        releaseReason = null;
        PageMessages.info(TEXTS, "hold.released", heldReference);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(config.zone()));
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

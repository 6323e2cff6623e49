package no.timebok.booking.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.retention.Correspondence;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalWorkItem;
import no.timebok.common.retention.LegalHold;
import no.timebok.common.retention.LegalHoldRepository;
import no.timebok.common.retention.ReceiptRepository;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionPurge;
import no.timebok.common.retention.RetentionReceipt;
import no.timebok.common.retention.RetentionRunner;

/**
 * What staff do with retention: read receipts, count what a run would touch, run a policy now,
 * place and release legal holds, and work the journal list. Correspondence belongs to messaging and
 * is reached through its contract. Outside any transaction, like the timers: runs commit per chunk.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

    static final int REASON_MAX = 500;

    @Inject
    RetentionRunner runner;

    @Inject
    ReceiptRepository receipts;

    @Inject
    LegalHoldRepository holds;

    @Inject
    BookingRequestRepository requests;

    @Inject
    Clock clock;

    @EJB
    FreeTextPurge freeText;

    @EJB
    ContactDataPurge contactData;

    @EJB(lookup = Correspondence.JNDI_NAME)
    Correspondence correspondence;

    public List<RetentionReceipt> receipts(Optional<RetentionPolicy> policy, int limit) {
        return receipts.newest(policy, limit);
    }

    public Map<String, Long> dryRun(RetentionPolicy policy) {
        return booking(policy).map(purge -> purge.count(purge.cutoff(clock.instant())))
                .orElseGet(correspondence::dryRun);
    }

    public RetentionReceipt runNow(RetentionPolicy policy) {
        return booking(policy).map(purge -> runner.run(purge, RetentionReceipt.Trigger.STAFF))
                .orElseGet(correspondence::runNow);
    }

    /** Active holds on requests of these clinics. */
    public List<LegalHold> activeHolds(Set<Long> clinicIds) {
        List<LegalHold> active = holds.allActive();
        Set<String> ours = requests.referencesIn(active.stream().map(LegalHold::subjectReference).toList(), clinicIds);
        return active.stream().filter(hold -> ours.contains(hold.subjectReference())).toList();
    }

    /**
     * @throws no.timebok.common.error.InvalidInputException when the reference or the reason is missing
     * @throws no.timebok.common.error.NotFoundException when no request of these clinics has the reference
     * @throws no.timebok.common.error.ConflictException when the reference is already held
     */
    public LegalHold placeHold(String reference, String reason, Set<Long> clinicIds) {
        FieldErrors errors = new FieldErrors();
        if (reference == null || reference.isBlank()) {
            errors.add("reference", "retention.reference.unknown");
        }
        checkReason(reason, errors);
        errors.throwIfAny();
        String ours = ours(reference.strip(), clinicIds, "hold.unknownReference");
        return holds.place(ours, reason.strip(), clock.instant());
    }

    /**
     * @throws no.timebok.common.error.InvalidInputException when the reason is missing
     * @throws no.timebok.common.error.NotFoundException when no request of these clinics has the reference
     * @throws no.timebok.common.error.ConflictException when the reference is not held
     */
    public LegalHold releaseHold(String reference, String reason, Set<Long> clinicIds) {
        FieldErrors errors = new FieldErrors();
        checkReason(reason, errors);
        errors.throwIfAny();
        return holds.release(ours(reference, clinicIds, "hold.notHeld"), reason.strip(), clock.instant());
    }

    public List<JournalWorkItem> worklist(Set<Long> clinicIds) {
        return correspondence.worklist(clinicIds);
    }

    /**
     * @throws NotFoundException when the message is not one of these clinics'
     */
    public void decide(String source, long messageId, JournalDecision decision, Set<Long> clinicIds) {
        correspondence.decide(source, messageId, decision, clinicIds);
    }

    /** Another clinic's reference answers like one that does not exist. */
    private String ours(String reference, Set<Long> clinicIds, String notFoundKey) {
        if (reference == null || requests.referencesIn(List.of(reference), clinicIds).isEmpty()) {
            throw new NotFoundException(notFoundKey);
        }
        return reference;
    }

    private static void checkReason(String reason, FieldErrors errors) {
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "retention.reason.required");
        } else if (reason.strip().length() > REASON_MAX) {
            errors.add("reason", "retention.reason.tooLong");
        }
    }

    private Optional<RetentionPurge> booking(RetentionPolicy policy) {
        return switch (policy) {
            case FREE_TEXT -> Optional.of(freeText);
            case CONTACT_DATA -> Optional.of(contactData);
            case CORRESPONDENCE -> Optional.empty();
            // Erasures on request run from the rights request, never from here.
            case ERASURE_REQUEST -> throw new InvalidInputException(new FieldErrors().add("policy", "retention.policy.unknown"));
        };
    }
}

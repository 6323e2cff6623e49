package no.timebok.messaging.subject;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.common.messaging.MessageErasure;
import no.timebok.common.messaging.SubjectMessages;
import no.timebok.messaging.outbox.OutboxMessage;
import no.timebok.messaging.outbox.OutboxRepository;
import no.timebok.messaging.restriction.RestrictionRepository;
import no.timebok.messaging.retention.SubjectCorrespondenceEraser;

/**
 * Booking's way to a data subject's messages, found under {@link SubjectMessages#JNDI_NAME}. Joins
 * the caller's transaction (REQUIRED), so the restriction or erasure commits with booking's record
 * of the request. Logs only counts and the clinic: references lead to a person.
 */
@Stateless(name = SubjectMessages.BEAN)
public class SubjectMessagesService implements SubjectMessages {

    private static final Logger LOG = Logger.getLogger(SubjectMessagesService.class.getName());

    @Inject
    RestrictionRepository restrictions;

    @Inject
    OutboxRepository outbox;

    @EJB
    SubjectCorrespondenceEraser eraser;

    @Inject
    Clock clock;

    @Override
    public int restrict(long clinicId, Collection<String> references) {
        List<String> distinct = references.stream().distinct().toList();
        // The queued messages are locked before the restriction row is written, in the order the
        // relay's hold takes them (message, then restriction): the other order let the two wait on
        // each other, and the database rolled the restriction back as the deadlock's victim.
        // A relay run claiming one of them now either finishes first (and the message is on its
        // way) or waits; the claim skips restricted references once this commits.
        List<OutboxMessage> queued = outbox.queuedForUpdate(clinicId, distinct);
        int added = restrictions.restrict(clinicId, distinct, clock.instant());
        int held = 0;
        for (OutboxMessage message : queued) {
            if (message.holdRestricted()) {
                held++;
            }
        }
        int newly = added;
        int holds = held;
        LOG.info(() -> "Processing restricted for " + newly + " booking request(s) in clinic " + clinicId + "; "
                + holds + " queued message(s) held");
        return held;
    }

    @Override
    public void lift(long clinicId, Collection<String> references) {
        int lifted = restrictions.lift(clinicId, references.stream().distinct().toList());
        LOG.info(() -> "Restriction lifted for " + lifted + " booking request(s) in clinic " + clinicId
                + "; held messages stay held");
    }

    @Override
    public boolean isRestricted(long clinicId, String reference) {
        return restrictions.isRestricted(clinicId, reference);
    }

    @Override
    public MessageErasure erase(long clinicId, Collection<String> references) {
        MessageErasure erasure = eraser.erase(clinicId, references.stream().distinct().toList());
        LOG.info(() -> "Correspondence erased in clinic " + clinicId + ": " + erasure.erased() + ", kept " + erasure.kept());
        return erasure;
    }
}

package no.timebok.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.OutboundMessage;

/**
 * Today's SMS to a message's number and for its clinic, counted so that the caps are exact on any
 * number of nodes. Counting and then queuing let two transactions at the cap both see room; the
 * count now comes after locking the number's and the clinic's row of {@code sms_cap_gate}, which
 * the queuing transaction holds until it commits, so the next one counts the message just queued.
 * A database lock, not a grid counter: the count must agree with the outbox rows that commit or
 * roll back with the booking, and only the database knows which did.
 */
@ApplicationScoped
public class SmsCapGate {

    static final int SLOTS = 1024;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    OutboxRepository outbox;

    @Inject
    TimebokConfig config;

    /** What the caps are checked against; nothing counted (and nothing locked) without a mobile number. */
    public record Today(long toNumber, long forClinic) {
    }

    /**
     * The counts of the Oslo (configured zone) day that {@code now} falls in. Must run in the
     * transaction that queues the message: the gate is held until that commits.
     */
    public Today countToday(OutboundMessage message, Instant now) {
        if (message.mobileE164().isEmpty()) {
            return new Today(0, 0);
        }
        Instant dayStart = OutboxMessage.capDayStart(now, config.zone());
        String number = message.mobileE164().get();
        // One statement, in slot order: every queuer takes a number's gate before a clinic's, so
        // two of them never hold one each while waiting for the other's.
        em.createNativeQuery("SELECT slot FROM sms_cap_gate WHERE slot IN (?1, ?2) ORDER BY slot FOR UPDATE")
                .setParameter(1, numberSlot(number))
                .setParameter(2, clinicSlot(message.clinicId()))
                .getResultList();
        return new Today(outbox.countSmsToNumberSince(number, dayStart),
                outbox.countSmsForClinicSince(message.clinicId(), dayStart));
    }

    /** String's hash is specified, so every node maps a number to the same slot. */
    static int numberSlot(String mobileE164) {
        return Math.floorMod(mobileE164.hashCode(), SLOTS);
    }

    static int clinicSlot(long clinicId) {
        return SLOTS + (int) Math.floorMod(clinicId, (long) SLOTS);
    }
}

package no.timebok.booking.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.timebok.booking.clinic.VisitType;
import no.timebok.common.persistence.UtcColumns;

/**
 * What a privacy officer's answer to a rights request does to the person's waiting-list entries:
 * read them for an export, delete them for an erasure, restrict and lift. The rights tools match the entries; every
 * statement is still bounded by the rights request's clinic. The callers hold the transaction.
 */
@ApplicationScoped
public class WaitingListRights {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The entries with the times they were offered, oldest first. */
    public List<Entry> records(long clinicId, List<Long> ids) {
        return entries(clinicId, ids).stream().map(entry -> {
            List<Offer> offers = em.createQuery("SELECT o FROM WaitingListOffer o WHERE o.entryId = :entry ORDER BY o.id",
                            WaitingListOffer.class)
                    .setParameter("entry", entry.id())
                    .getResultStream()
                    .map(o -> new Offer(o.startsAt(), o.expiresAt(), o.status().name()))
                    .toList();
            VisitType type = em.find(VisitType.class, entry.visitTypeId());
            return new Entry(entry.reference(), type.name(entry.language()), entry.contact().firstName(),
                    entry.contact().lastName(), entry.contact().phoneE164().orElse(null), entry.contact().email().orElse(null),
                    entry.language().tag(), entry.earliest().orElse(null), entry.latest().orElse(null),
                    entry.joinedAtForOrdering(), entry.status().name(), offers);
        }).toList();
    }

    /** The entries' references, under which their messages are threaded. */
    public List<String> references(long clinicId, List<Long> ids) {
        return entries(clinicId, ids).stream().map(WaitingListEntry::reference).toList();
    }

    /** Erasure: deletes the entries and their offers. @return how many entries */
    public int erase(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM waiting_list_entry WHERE clinic_id = ? AND id IN (" + joined(ids) + ")")
                .setParameter(1, clinicId)
                .executeUpdate();
    }

    /** Offers no time to the entries until lifted; they keep their place. @return how many were not restricted before */
    public int restrict(long clinicId, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE waiting_list_entry SET processing_restricted_at = ? WHERE clinic_id = ?"
                        + " AND id IN (" + joined(ids) + ") AND processing_restricted_at IS NULL")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, clinicId).executeUpdate();
    }

    /** @return how many were restricted before */
    public int lift(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE waiting_list_entry SET processing_restricted_at = NULL WHERE clinic_id = ?"
                        + " AND id IN (" + joined(ids) + ") AND processing_restricted_at IS NOT NULL")
                .setParameter(1, clinicId).executeUpdate();
    }

    public boolean anyRestricted(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM waiting_list_entry WHERE clinic_id = ? AND id IN ("
                        + joined(ids) + ") AND processing_restricted_at IS NOT NULL")
                .setParameter(1, clinicId).getSingleResult()).longValue() > 0;
    }

    private List<WaitingListEntry> entries(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM WaitingListEntry e WHERE e.clinicId = :clinic AND e.id IN :ids ORDER BY e.id",
                        WaitingListEntry.class)
                .setParameter("clinic", clinicId)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static String joined(List<Long> ids) {
        // Ids are numbers from the database, so joining them cannot inject anything.
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A waiting-list entry as the person gave it, and what became of it. */
    public record Entry(String reference, String visitType, String firstName, String lastName, String phone, String email,
                        String language, LocalDate earliest, LocalDate latest, Instant joinedAt, String status,
                        List<Offer> offers) {
    }

    /** A time offered from the list: when, until when, and whether it was accepted, lapsed or lost. */
    public record Offer(Instant startsAt, Instant expiresAt, String status) {
    }
}

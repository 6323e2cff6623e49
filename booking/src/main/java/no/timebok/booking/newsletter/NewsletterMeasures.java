package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The newsletters' counts for the administrator: copies opened, and each address's clicks. Counts only, naming nobody. */
@ApplicationScoped
public class NewsletterMeasures {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** How often one address in a newsletter was followed: by how many copies, and in all. */
    public record LinkCount(String url, int copies, int clicks) {
    }

    /** A newsletter's counts: copies opened at least once, and its addresses, most followed first. */
    public record Measures(int opens, List<LinkCount> links) {

        static final Measures NONE = new Measures(0, List.of());
    }

    /** The counts of these newsletters, by id; one without counting rows has {@link Measures#NONE}. */
    public Map<Long, Measures> of(Collection<Long> newsletterIds) {
        if (newsletterIds.isEmpty()) {
            return Map.of();
        }
        // The ids are numbers (Long), so joining them into the statement cannot inject anything.
        String in = newsletterIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<LinkCount>> links = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> linkRows = em.createNativeQuery("SELECT newsletter_id, url, copies, clicks FROM newsletter_link"
                + " WHERE newsletter_id IN (" + in + ") ORDER BY newsletter_id, clicks DESC, url").getResultList();
        for (Object[] row : linkRows) {
            links.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new LinkCount((String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        Map<Long, Measures> measures = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> openRows = em.createNativeQuery("SELECT id, opens FROM newsletter WHERE id IN (" + in + ")").getResultList();
        for (Object[] row : openRows) {
            long id = ((Number) row[0]).longValue();
            measures.put(id, new Measures(((Number) row[1]).intValue(), List.copyOf(links.getOrDefault(id, List.of()))));
        }
        return measures;
    }
}

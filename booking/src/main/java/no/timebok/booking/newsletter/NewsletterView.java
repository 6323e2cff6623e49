package no.timebok.booking.newsletter;

import java.time.Instant;
import java.util.List;
import no.timebok.common.i18n.Language;

/**
 * A newsletter as the administrator's list shows it; sentAt and recipients (the copies sent) are
 * absent until sent. Opens counts the copies opened at least once, links each address in the text
 * with the copies that followed it and the clicks in all: counts only, as measured with consent.
 */
public record NewsletterView(long id, long clinicId, String subjectNb, String subjectEn, Instant createdAt, Instant sentAt,
                             Integer recipients, int opens, List<NewsletterMeasures.LinkCount> links) {

    static NewsletterView of(Newsletter n) {
        return of(n, NewsletterMeasures.Measures.NONE);
    }

    static NewsletterView of(Newsletter n, NewsletterMeasures.Measures measures) {
        return new NewsletterView(n.id(), n.clinicId(), n.subject(Language.NB), n.subject(Language.EN), n.createdAt(),
                n.sentAt().orElse(null), n.recipients().orElse(null), measures.opens(), measures.links());
    }
}

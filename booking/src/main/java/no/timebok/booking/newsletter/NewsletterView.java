package no.timebok.booking.newsletter;

import java.time.Instant;
import no.timebok.common.i18n.Language;

/** A newsletter as the administrator's list shows it; sentAt and recipients are absent until sent. */
public record NewsletterView(long id, long clinicId, String subjectNb, String subjectEn, Instant createdAt, Instant sentAt,
                             Integer recipients) {

    static NewsletterView of(Newsletter n) {
        return new NewsletterView(n.id(), n.clinicId(), n.subject(Language.NB), n.subject(Language.EN), n.createdAt(),
                n.sentAt().orElse(null), n.recipients().orElse(null));
    }
}

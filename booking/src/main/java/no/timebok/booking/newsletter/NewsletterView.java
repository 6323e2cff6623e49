package no.timebok.booking.newsletter;

import java.time.Instant;

/** A newsletter as the administrator's list shows it; sentAt and recipients are absent until sent. */
public record NewsletterView(long id, long clinicId, String subjectNb, String subjectEn, Instant createdAt, Instant sentAt,
                             Integer recipients) {

    static NewsletterView of(Newsletter n) {
        return new NewsletterView(n.id(), n.clinicId(), n.subject("nb"), n.subject("en"), n.createdAt(),
                n.sentAt().orElse(null), n.recipients().orElse(null));
    }
}

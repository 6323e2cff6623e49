package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import no.timebok.booking.rights.consent.NewsletterConsentEnded;

/**
 * A withdrawal or objection recorded on the rights pages ends the measuring of the person's copies
 * as the unsubscribe link does (see {@link CopyMarks#forgetLink} for why their marks go).
 */
@ApplicationScoped
public class WithdrawnCopies {

    @Inject
    CopyMarks marks;

    @Inject
    Clock clock;

    void forget(@Observes NewsletterConsentEnded ended) {
        marks.forgetRequests(ended.bookingRequestIds(), clock.instant());
    }
}

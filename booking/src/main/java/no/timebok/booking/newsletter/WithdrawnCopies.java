package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.timebok.booking.rights.consent.NewsletterStopped;

/**
 * A withdrawal or objection recorded on the rights pages ends the measuring of the person's copies,
 * sent for their booking requests or their subscriptions,
 * as the unsubscribe link does (see {@link CopyMarks#forgetLink} for why their marks go).
 */
@ApplicationScoped
public class WithdrawnCopies {

    @Inject
    CopyMarks marks;

    void forget(@Observes NewsletterStopped stopped) {
        marks.forgetRequests(stopped.bookingRequestIds(), stopped.at());
        marks.forgetSubscribers(stopped.subscriberIds(), stopped.at());
    }
}

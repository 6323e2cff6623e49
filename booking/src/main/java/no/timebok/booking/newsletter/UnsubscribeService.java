package no.timebok.booking.newsletter;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.booking.rights.consent.NewsletterUnsubscriptions;

/**
 * The unsubscribe link's effect. Anyone holding the token may use it: the token is the proof, as
 * the address it came to is the newsletter's recipient.
 */
@Stateless
@PermitAll
public class UnsubscribeService {

    private static final Logger LOG = Logger.getLogger(UnsubscribeService.class.getName());

    @Inject
    NewsletterUnsubscriptions unsubscriptions;

    @Inject
    Clock clock;

    /** Withdraws the newsletter consent of every request of the clinic from that address that still has it. */
    public int unsubscribe(UnsubscribeToken.Subscriber subscriber) {
        Instant now = clock.instant();
        List<Long> withdrawn = unsubscriptions.withdraw(subscriber.clinicId(), subscriber.email(), now);
        LOG.info(() -> "Newsletter unsubscribe at clinic " + subscriber.clinicId() + ": " + withdrawn.size() + " requests");
        return withdrawn.size();
    }
}

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
    UnsubscribeLinks links;

    @Inject
    NewsletterUnsubscriptions unsubscriptions;

    @Inject
    SubscriberWithdrawals subscriptions;

    @Inject
    CopyMarks marks;

    @Inject
    Clock clock;

    /**
     * Withdraws the newsletter consent of the link's requests that still have it, and ends its
     * newsletter-page subscriptions (erasing their name and address), and forgets the measuring
     * marks of the copies sent under it, the first time the link is used; later uses change nothing.
     */
    public void unsubscribe(String token) {
        Instant now = clock.instant();
        links.use(token, now).ifPresent(digest -> {
            List<Long> withdrawn = unsubscriptions.withdraw(digest, now);
            List<Long> ended = subscriptions.withdraw(digest, now);
            marks.forgetLink(digest, now);
            LOG.info(() -> "Newsletter unsubscribe link used: " + withdrawn.size() + " requests, " + ended.size() + " subscriptions");
        });
    }
}

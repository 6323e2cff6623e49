package no.timebok.booking.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import no.timebok.booking.newsletter.NewsletterSubscribers.Status;
import no.timebok.booking.newsletter.NewsletterSubscribers.Subscriber;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;

class SubscriberStateTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-08T20:00:00Z");

    @Test
    void onlyAPendingSignUpBeforeItsExpiryCanBeConfirmed() {
        assertTrue(new Subscriber(1, 1, Status.PENDING, EXPIRES).confirmable(EXPIRES.minusMillis(1)));
        assertFalse(new Subscriber(1, 1, Status.PENDING, EXPIRES).confirmable(EXPIRES), "expired at the instant");
        assertFalse(new Subscriber(1, 1, Status.CONFIRMED, EXPIRES).confirmable(EXPIRES.minusSeconds(60)));
        assertFalse(new Subscriber(1, 1, Status.UNSUBSCRIBED, EXPIRES).confirmable(EXPIRES.minusSeconds(60)));
    }

    @Test
    void aPatientWhoAlsoSubscribedGetsOneCopyWhoseLinkCoversBoth() {
        NewsletterRecipients.Recipient patient = new NewsletterRecipients.Recipient("TB-7K4Q-2M", "kari@example.no", Language.EN,
                List.of(5L, 6L), List.of());
        NewsletterRecipients.Recipient subscriber = new NewsletterRecipients.Recipient("NS-9", "Kari@example.no", Language.NB,
                List.of(), List.of(9L));

        assertEquals(new NewsletterRecipients.Recipient("TB-7K4Q-2M", "kari@example.no", Language.EN, List.of(5L, 6L), List.of(9L)),
                patient.alsoSubscribed(subscriber));
    }

    @Test
    void aSubscribersReferenceFitsTheOutboxColumnAndIsNoBookingReference() {
        assertEquals("NS-999999999", NewsletterSubscribers.reference(999_999_999L));
        assertTrue(NewsletterSubscribers.reference(999_999_999L).length() <= 12);
    }
}

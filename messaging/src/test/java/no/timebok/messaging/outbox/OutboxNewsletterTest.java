package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.NewsletterMessage;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.messaging.TemplateField;
import org.junit.jupiter.api.Test;

/** A newsletter copy in the outbox, and the hold a processing restriction puts on any message. */
class OutboxNewsletterTest {

    private static final Instant NOW = Instant.parse("2026-10-25T00:30:00Z");
    private static final URI UNSUBSCRIBE = URI.create("https://timebok.no/newsletter/unsubscribe/abc123");

    private static NewsletterMessage newsletter(String subject, String text) {
        return new NewsletterMessage(3L, "TB-7K4Q-2M", "kari@example.no", Language.EN, subject, text, UNSUBSCRIBE);
    }

    @Test
    void aNewsletterGoesByEmailWithItsSubjectAndUnsubscribeAddress() {
        OutboxMessage queued = OutboxMessage.newsletter(newsletter("Autumn news", "Flu shots from Monday."), false, NOW);

        assertEquals(MessageKind.NEWSLETTER, queued.kind());
        assertEquals(OutboxState.QUEUED, queued.state());
        assertEquals(Optional.of(Channel.EMAIL), queued.channel());
        assertEquals(Optional.of("kari@example.no"), queued.recipient());
        assertEquals(Optional.of(NOW), queued.nextAttemptAt());
        assertEquals(Optional.of("Autumn news"), queued.subject());
        assertEquals(Optional.of(UNSUBSCRIBE), queued.unsubscribeUrl());
        assertEquals(Optional.empty(), queued.fields(), "a newsletter has no template fields");
        assertEquals(3L, queued.clinicId());
    }

    @Test
    void aMeasuredCopyKeepsItsOpenMarkerAndRedirectsForTheRelay() {
        URI marker = URI.create("https://timebok.no/newsletter/open?c=C0PY");
        URI redirect = URI.create("https://timebok.no/newsletter/go?c=C0PY&u=https%3A%2F%2Fk.no%2F%22x&s=SIG");
        NewsletterMessage measured = new NewsletterMessage(3L, "TB-7K4Q-2M", "kari@example.no", Language.EN, "News",
                "See https://k.no/\"x", UNSUBSCRIBE, marker, Map.of("https://k.no/\"x", redirect));

        OutboxMessage queued = OutboxMessage.newsletter(measured, false, NOW);

        assertEquals(Optional.of(marker), queued.openMarkerUrl());
        assertEquals(Map.of("https://k.no/\"x", redirect), queued.newsletterLinks());
        OutboxMessage plain = OutboxMessage.newsletter(newsletter("News", "Text."), false, NOW);
        assertEquals(Optional.empty(), plain.openMarkerUrl());
        assertEquals(Map.of(), plain.newsletterLinks());
    }

    @Test
    void aRestrictedReferencesNewsletterIsHeldWithTheRestrictionAsReason() {
        OutboxMessage held = OutboxMessage.newsletter(newsletter("Autumn news", "Flu shots."), true, NOW);

        assertEquals(OutboxState.HELD, held.state());
        assertEquals(Optional.of(ProcessingRestrictedException.HELD_REASON), held.heldReason());
        assertEquals(Optional.empty(), held.channel());
        assertEquals(Optional.empty(), held.nextAttemptAt());
    }

    @Test
    void theSubjectBecomesOneLineSoItCannotAddAMailHeader() {
        OutboxMessage queued = OutboxMessage.newsletter(newsletter("News\r\nBcc: everyone@example.no", "Text."), false, NOW);

        assertFalse(queued.subject().orElseThrow().contains("\n"));
        assertFalse(queued.subject().orElseThrow().contains("\r"));
    }

    @Test
    void blankOrOverlongSubjectAndTextAreRefusedPerField() {
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> OutboxMessage.newsletter(newsletter(" \n", "  "), false, NOW));
        assertEquals(Map.of("subject", "newsletter.subject.required", "text", "newsletter.text.required"),
                blank.errors().asMap());

        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> OutboxMessage.newsletter(
                newsletter("s".repeat(PatientMessages.NEWSLETTER_MAX_SUBJECT + 1),
                        "t".repeat(PatientMessages.NEWSLETTER_MAX_TEXT + 1)), false, NOW));
        assertEquals(Map.of("subject", "newsletter.subject.too-long", "text", "newsletter.text.too-long"),
                tooLong.errors().asMap());
    }

    @Test
    void anAddressThatIsNoEmailIsRefused() {
        NewsletterMessage bad = new NewsletterMessage(3L, "TB-7K4Q-2M", "kari at example", Language.NB, "News", "Text.", UNSUBSCRIBE);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> OutboxMessage.newsletter(bad, false, NOW));

        assertEquals(Map.of("email", "newsletter.email.invalid"), refused.errors().asMap());
    }

    @Test
    void theLongestSubjectAndTextAreAccepted() {
        OutboxMessage queued = OutboxMessage.newsletter(newsletter("s".repeat(PatientMessages.NEWSLETTER_MAX_SUBJECT),
                "t".repeat(PatientMessages.NEWSLETTER_MAX_TEXT)), false, NOW);

        assertEquals(OutboxState.QUEUED, queued.state());
    }

    @Test
    void restrictingHoldsAQueuedMessageAndForgetsItsChannel() {
        OutboxMessage queued = OutboxMessage.queue(sms(), 0, 0, 3, 500, NOW);

        assertTrue(queued.holdRestricted());

        assertEquals(OutboxState.HELD, queued.state());
        assertEquals(Optional.of(ProcessingRestrictedException.HELD_REASON), queued.heldReason());
        assertEquals(Optional.empty(), queued.channel());
        assertEquals(Optional.empty(), queued.nextAttemptAt());
        assertEquals(Optional.of("+4791234567"), queued.recipient(), "kept, like a capped message's");
    }

    @Test
    void restrictionIsTheReasonStaffSeeEvenForAMessageTheCapsHeld() {
        OutboxMessage capped = OutboxMessage.queue(sms(), 3, 0, 3, 500, NOW);

        assertFalse(capped.holdRestricted(), "it was not waiting to be sent");

        assertEquals(Optional.of(ProcessingRestrictedException.HELD_REASON), capped.heldReason());
    }

    @Test
    void aMessageTheRelayClaimedOrSentIsNotHeld() {
        OutboxMessage cancelled = OutboxMessage.queue(sms(), 0, 0, 3, 500, NOW);
        cancelled.cancel();

        assertFalse(cancelled.holdRestricted());

        assertEquals(OutboxState.CANCELLED, cancelled.state());
        assertEquals(Optional.empty(), cancelled.heldReason());
    }

    private static OutboundMessage sms() {
        return new OutboundMessage(MessageKind.APPOINTMENT_REMINDER, 3L, "TB-7K4Q-2M", Optional.of("+4791234567"),
                Optional.empty(), Language.NB, Map.of(TemplateField.REFERENCE, "TB-7K4Q-2M"));
    }
}

package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.TemplateField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxMessageTest {

    private static final String MOBILE = "+4791234567";
    private static final String EMAIL = "kari@example.no";
    private static final int CAP_PER_NUMBER = 3;
    private static final int CAP_PER_CLINIC = 500;
    private static final Instant NOW = Instant.parse("2026-03-30T07:15:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static OutboundMessage message(Optional<String> mobile, Optional<String> email) {
        return new OutboundMessage(MessageKind.REQUEST_RECEIVED, 2L, "TB-7K4Q-2M", mobile, email, Language.NB,
                Map.of(TemplateField.NAME, "Kari", TemplateField.REFERENCE, "TB-7K4Q-2M"));
    }

    private static OutboxMessage queue(OutboundMessage message, long toNumber, long forClinic) {
        return OutboxMessage.queue(message, toNumber, forClinic, CAP_PER_NUMBER, CAP_PER_CLINIC, NOW);
    }

    private static void assertQueued(OutboxMessage queued, Channel channel, String recipient) {
        assertEquals(OutboxState.QUEUED, queued.state());
        assertEquals(Optional.of(channel), queued.channel());
        assertEquals(Optional.of(recipient), queued.recipient());
        assertEquals(Optional.empty(), queued.heldReason());
        assertEquals(Optional.of(NOW), queued.nextAttemptAt());
    }

    private static void assertHeld(OutboxMessage held, String reason) {
        assertEquals(OutboxState.HELD, held.state());
        assertEquals(Optional.empty(), held.channel());
        assertEquals(Optional.of(reason), held.heldReason());
        assertEquals(Optional.empty(), held.nextAttemptAt());
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"0, 0", "2, 0", "0, 499", "2, 499"})
    void phoneOnlyUnderBothCapsGoesBySms(long toNumber, long forClinic) {
        assertQueued(queue(message(Optional.of(MOBILE), Optional.empty()), toNumber, forClinic), Channel.SMS, MOBILE);
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"3, 0", "4, 0", "3, 499", "3, 500", "40, 900"})
    void phoneOnlyAtOrOverTheNumberCapIsHeldNamingTheNumberCap(long toNumber, long forClinic) {
        OutboxMessage held = queue(message(Optional.of(MOBILE), Optional.empty()), toNumber, forClinic);

        assertHeld(held, OutboxMessage.HELD_SMS_CAP_NUMBER);
        assertEquals(Optional.of(MOBILE), held.recipient(), "kept so staff can still reach the patient");
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"0, 500", "2, 500", "0, 501"})
    void phoneOnlyAtOrOverTheClinicCapIsHeldNamingTheClinicCap(long toNumber, long forClinic) {
        assertHeld(queue(message(Optional.of(MOBILE), Optional.empty()), toNumber, forClinic),
                OutboxMessage.HELD_SMS_CAP_CLINIC);
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"0, 0", "2, 499", "3, 0", "4, 0", "0, 500", "0, 501", "9, 900"})
    void emailOnlyAlwaysGoesByEmailWhateverTheSmsCounts(long toNumber, long forClinic) {
        assertQueued(queue(message(Optional.empty(), Optional.of(EMAIL)), toNumber, forClinic), Channel.EMAIL, EMAIL);
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"0, 0", "2, 0", "0, 499", "2, 499"})
    void phoneAndEmailUnderBothCapsPrefersSms(long toNumber, long forClinic) {
        assertQueued(queue(message(Optional.of(MOBILE), Optional.of(EMAIL)), toNumber, forClinic), Channel.SMS, MOBILE);
    }

    @ParameterizedTest(name = "{0} SMS to the number, {1} for the clinic")
    @CsvSource({"3, 0", "4, 0", "0, 500", "0, 501", "3, 500"})
    void phoneAndEmailAtOrOverEitherCapFallsBackToEmail(long toNumber, long forClinic) {
        assertQueued(queue(message(Optional.of(MOBILE), Optional.of(EMAIL)), toNumber, forClinic), Channel.EMAIL, EMAIL);
    }

    @Test
    void aCapOfOneAllowsExactlyTheFirstSms() {
        OutboundMessage message = message(Optional.of(MOBILE), Optional.empty());

        assertQueued(OutboxMessage.queue(message, 0, 0, 1, 1, NOW), Channel.SMS, MOBILE);
        assertHeld(OutboxMessage.queue(message, 1, 0, 1, 1, NOW), OutboxMessage.HELD_SMS_CAP_NUMBER);
    }

    @Test
    void aCapBelowOneIsRefused() {
        OutboundMessage message = message(Optional.of(MOBILE), Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.queue(message, 0, 0, 0, 500, NOW));
        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.queue(message, 0, 0, 3, 0, NOW));
    }

    @Test
    void theMessageKeepsItsKindReferenceClinicTimeAndAllowListedFields() {
        OutboxMessage queued = queue(message(Optional.of(MOBILE), Optional.empty()), 0, 0);

        assertEquals(MessageKind.REQUEST_RECEIVED, queued.kind());
        assertEquals("TB-7K4Q-2M", queued.subjectReference());
        assertEquals(2L, queued.clinicId());
        assertEquals(NOW, queued.createdAt());
        assertEquals(Optional.of(Map.of(TemplateField.NAME, "Kari", TemplateField.REFERENCE, "TB-7K4Q-2M")),
                queued.fields());
        assertFalse(queued.id().isPresent(), "the id comes from the database");
    }

    @Test
    void theCapDayStartsAtOsloMidnightInWinterAndSummer() {
        assertEquals(Instant.parse("2026-01-14T23:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-01-15T12:00:00Z"), OSLO));
        assertEquals(Instant.parse("2026-07-14T22:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-07-15T12:00:00Z"), OSLO));
    }

    @Test
    void justAfterOsloMidnightIsAlreadyTheNextDayThoughUtcIsNot() {
        assertEquals(Instant.parse("2026-07-14T22:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-07-14T22:00:00Z"), OSLO));
        assertEquals(Instant.parse("2026-07-13T22:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-07-14T21:59:59.999999Z"), OSLO));
    }

    @Test
    void theCapDaysAroundDaylightSavingChangesAre23And25HoursLong() {
        // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-03-29T21:59:00Z"), OSLO));
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-03-29T22:00:00Z"), OSLO));
        assertEquals(Instant.parse("2026-10-24T22:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-10-25T22:59:00Z"), OSLO));
        assertEquals(Instant.parse("2026-10-25T23:00:00Z"),
                OutboxMessage.capDayStart(Instant.parse("2026-10-25T23:00:00Z"), OSLO));
    }
}

package no.timebok.booking.rights.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConsentFormTest {

    @Test
    void aCompleteGrantIsAccepted() {
        ConsentChange change = new ConsentForm("QUALITY_REGISTRY", true, "letter", "registry-2026.1").validate();

        assertEquals(new ConsentChange(ConsentPurpose.QUALITY_REGISTRY, true, ConsentChannel.LETTER, "registry-2026.1"), change);
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ConsentForm("newsletter", null, "booking-form", "v 1").validate());

        assertEquals(Map.of("purpose", "consent.purpose.invalid", "granted", "consent.granted.required",
                "channel", "consent.channel.invalid", "textVersion", "consent.textVersion.invalid"), e.errors().asMap());
    }

    @Test
    void staffCannotClaimTheFormOrTheUnsubscribeLinkAsTheChannel() {
        for (String channel : new String[] {"booking-form", "unsubscribe-link", "rights-request", null}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new ConsentForm("NEWSLETTER", false, channel, "v1").validate());
            assertEquals(Map.of("channel", "consent.channel.invalid"), e.errors().asMap());
        }
    }

    @Test
    void aTextVersionLongerThanTheColumnIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ConsentForm("NEWSLETTER", true, "phone", "v".repeat(33)).validate());

        assertEquals(Map.of("textVersion", "consent.textVersion.invalid"), e.errors().asMap());
    }

    @Test
    void anObjectionIsAcceptedOnlyForTheNewsletterAndTheQualityRegistry() {
        assertEquals(ConsentPurpose.NEWSLETTER, new ObjectionForm("NEWSLETTER").validate());
        assertEquals(ConsentPurpose.QUALITY_REGISTRY, new ObjectionForm("QUALITY_REGISTRY").validate());
        for (String purpose : new String[] {"INSURANCE_DATA_EXCHANGE", "RECORD_FETCHING"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ObjectionForm(purpose).validate());
            assertEquals(Map.of("purpose", "consent.objection.notAllowed"), e.errors().asMap());
        }
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> new ObjectionForm(null).validate());
        assertEquals(Map.of("purpose", "consent.purpose.invalid"), unknown.errors().asMap());
    }

    @Test
    void anObjectionEventCannotBeMadeForAPurposeThatAllowsNone() {
        assertThrows(IllegalArgumentException.class, () -> ConsentEvent.objection(null, ConsentPurpose.RECORD_FETCHING, 1, 1,
                java.time.Instant.EPOCH));
        assertEquals(ConsentState.OBJECTED, ConsentEvent.objection(null, ConsentPurpose.NEWSLETTER, 1, 1, java.time.Instant.EPOCH).state());
    }
}

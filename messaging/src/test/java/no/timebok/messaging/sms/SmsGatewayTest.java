package no.timebok.messaging.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import no.timebok.messaging.outbox.SendResult;
import org.junit.jupiter.api.Test;

class SmsGatewayTest {

    @Test
    void anAcceptedSendGivesTheGatewaysId() {
        SendResult result = SmsGateway.interpret("{\"response\":{\"msgOkCount\":1,\"stdSMSCount\":2,\"ids\":[42824112]}}", 2);
        assertTrue(result.isAccepted());
        assertEquals(Optional.of("42824112"), result.providerId());
        assertEquals(Optional.of(2), result.parts());
    }

    @Test
    void aRefusedNumberFailsForGoodWithoutKeepingTheGatewaysText() {
        SendResult result = SmsGateway.interpret("{\"response\":{\"msgOkCount\":0,\"stdSMSCount\":0,"
                + "\"errors\":[{\"number\":\"4791234567\",\"message\":\"Ugyldig nummer\"}]}}", 1);
        assertFalse(result.isAccepted());
        assertTrue(result.permanent());
        assertEquals(Optional.of("gateway-rejected"), result.failure());
    }

    @Test
    void aFatalErrorOrAnUnreadableAnswerIsRetried() {
        SendResult fatal = SmsGateway.interpret("{\"response\":{\"msgOkCount\":0,\"fatalError\":\"Feil passord\"}}", 1);
        SendResult garbage = SmsGateway.interpret("<html>busy</html>", 1);
        assertFalse(fatal.permanent());
        assertEquals(Optional.of("gateway-fatal"), fatal.failure());
        assertFalse(garbage.permanent());
        assertEquals(Optional.of("gateway-answer-unreadable"), garbage.failure());
    }

    @Test
    void ourReferenceRoundTripsAndForeignOnesAreNotOurs() {
        assertEquals("tb-17", SmsGateway.reference(17));
        assertEquals(Optional.of(17L), SmsGateway.messageId("tb-17"));
        assertEquals(Optional.empty(), SmsGateway.messageId("ABC123"));
        assertEquals(Optional.empty(), SmsGateway.messageId("tb-x"));
        assertEquals(Optional.empty(), SmsGateway.messageId(null));
    }
}

package no.timebok.messaging.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
    void aFatalErrorIsRetriedButAnUnreadableAnswerMayHaveTakenTheMessage() {
        SendResult fatal = SmsGateway.interpret("{\"response\":{\"msgOkCount\":0,\"fatalError\":\"Feil passord\"}}", 1);
        SendResult garbage = SmsGateway.interpret("<html>busy</html>", 1);
        assertFalse(fatal.permanent());
        assertFalse(fatal.outcomeUnknown());
        assertEquals(Optional.of("gateway-fatal"), fatal.failure());
        assertFalse(garbage.permanent());
        assertTrue(garbage.outcomeUnknown());
        assertEquals(Optional.of("gateway-answer-unreadable"), garbage.failure());
    }

    @Test
    void noAnswerAfterTheRequestWasWrittenIsAnUnknownOutcome() {
        SendResult readTimeout = SmsGateway.notAnswered(new ProcessingException(new SocketTimeoutException("Read timed out")));
        SendResult cut = SmsGateway.notAnswered(new ProcessingException(new SocketException("Connection reset")));
        assertTrue(readTimeout.outcomeUnknown());
        assertEquals(Optional.of("gateway-no-answer"), readTimeout.failure());
        assertTrue(cut.outcomeUnknown());
    }

    @Test
    void aConnectionNeverMadeIsSafeToRetry() {
        for (Exception neverWritten : new Exception[] {new ConnectException("Connection refused"),
                new SocketTimeoutException("Connect timed out"), new UnknownHostException("sveve.no")}) {
            SendResult result = SmsGateway.notAnswered(new ProcessingException(neverWritten));
            assertFalse(result.outcomeUnknown(), neverWritten.toString());
            assertFalse(result.permanent());
            assertEquals(Optional.of("gateway-unreachable"), result.failure());
        }
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

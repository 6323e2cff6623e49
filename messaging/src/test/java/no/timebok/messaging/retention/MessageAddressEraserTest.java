package no.timebok.messaging.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageAddressEraserTest {

    @Test
    void referencesBecomeQuotedLiteralsInOrder() {
        assertEquals("'TB-3K9M-2P','WL-AB12-C4'", MessageAddressEraser.literals(List.of("TB-3K9M-2P", "WL-AB12-C4")));
    }

    @Test
    void aValueThatCouldLeaveItsQuotesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MessageAddressEraser.literals(List.of("TB-3K9M-2P", "x') OR ('1")));
        assertThrows(IllegalArgumentException.class, () -> MessageAddressEraser.literals(List.of("TB-3K9M-2P\\")));
        assertThrows(IllegalArgumentException.class, () -> MessageAddressEraser.literals(List.of("")));
    }
}

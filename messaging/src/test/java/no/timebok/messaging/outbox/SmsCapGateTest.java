package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SmsCapGateTest {

    @Test
    void aNumberHasOneSlotAmongTheNumbersSlots() {
        int slot = SmsCapGate.numberSlot("+4791234567");

        assertEquals(slot, SmsCapGate.numberSlot("+4791234567"));
        assertTrue(slot >= 0 && slot < SmsCapGate.SLOTS, "slot " + slot);
        // A hash below zero must not leave the numbers' range.
        assertTrue(LongStream.range(0, 5000).mapToInt(n -> SmsCapGate.numberSlot("+47" + (40000000 + n * 7919)))
                .allMatch(s -> s >= 0 && s < SmsCapGate.SLOTS));
    }

    @Test
    void clinicsTakeTheSlotsAfterTheNumbers() {
        assertEquals(SmsCapGate.SLOTS + 1, SmsCapGate.clinicSlot(1));
        assertEquals(SmsCapGate.SLOTS, SmsCapGate.clinicSlot(SmsCapGate.SLOTS));
        assertEquals(2 * SmsCapGate.SLOTS - 1, SmsCapGate.clinicSlot(-1));
    }
}

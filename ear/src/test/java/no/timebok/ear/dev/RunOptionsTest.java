package no.timebok.ear.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DevStackTest {

    @Test
    void oneNodeUnlessAskedForMore() {
        assertEquals(1, DevStack.nodes(new String[] {"payara", "timebok.ear"}));
        assertEquals(3, DevStack.nodes(new String[] {"payara", "timebok.ear", "--nodes", "3"}));
    }

    @Test
    void anythingElseIsRefusedSayingWhatWasGiven() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DevStack.nodes(new String[] {"payara", "timebok.ear", "--nodes", "12"}));

        assertTrue(refused.getMessage().contains("--nodes 12"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DevStack.nodes(new String[] {"payara", "timebok.ear", "--node"}));
    }
}

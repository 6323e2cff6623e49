package no.timebok.ear.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void oneNodeAndNoEdgeUnlessAskedFor() {
        assertEquals(new RunOptions(1, false), RunOptions.parse(new String[] {"payara", "timebok.ear"}));
        assertEquals(new RunOptions(3, false), RunOptions.parse(new String[] {"payara", "timebok.ear", "--nodes", "3"}));
        assertEquals(new RunOptions(1, true), RunOptions.parse(new String[] {"payara", "timebok.ear", "--edge"}));
        assertEquals(new RunOptions(2, true), RunOptions.parse(new String[] {"payara", "timebok.ear", "--edge", "--nodes", "2"}));
        assertEquals(new RunOptions(2, true), RunOptions.parse(new String[] {"payara", "timebok.ear", "--nodes", "2", "--edge"}));
    }

    @Test
    void anythingElseIsRefusedSayingWhatWasGiven() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RunOptions.parse(new String[] {"payara", "timebok.ear", "--nodes", "12"}));

        assertTrue(refused.getMessage().contains("--nodes 12"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(new String[] {"payara", "timebok.ear", "--node"}));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(new String[] {"payara", "timebok.ear", "--edge", "--edge"}));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(new String[] {"payara", "timebok.ear", "--nodes"}));
    }
}

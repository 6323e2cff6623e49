package no.timebok.booking.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonDepthTest {

    @Test
    void aFlatObjectIsWithinBounds() {
        assertFalse(JsonDepth.exceeds("{\"a\":[1,2,{\"b\":3}]}", 3));
    }

    @Test
    void nestingBeyondTheBoundIsFound() {
        assertTrue(JsonDepth.exceeds("[".repeat(100_000), 32));
        assertTrue(JsonDepth.exceeds("{\"a\":[[1]]}", 2));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        assertFalse(JsonDepth.exceeds("{\"a\":\"[[[[{{{{\\\"[[[[\"}", 1));
    }
}

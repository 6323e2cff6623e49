package no.timebok.ear;

import java.util.UUID;

/** Values the tests make for themselves. */
public final class TestData {

    private TestData() {
    }

    /** A valid Norwegian mobile number no other test uses, so per-number limits never collide. */
    public static String uniqueMobile() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L);
        return String.format("9%07d", n);
    }
}

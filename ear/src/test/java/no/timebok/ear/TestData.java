package no.timebok.ear;

import java.util.UUID;

/** Values the tests make for themselves. */
public final class TestData {

    private TestData() {
    }

    /** A valid Norwegian mobile number no other test uses, so per-number limits never collide. */
    /**
     * A valid synthetic national ID (a Skatteetaten test number: month + 80) with a random birth day
     * and individual number, so no real person's number is ever used.
     */
    public static String uniqueNationalId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String base = String.format("%02d%02d%02d%03d", 1 + random.nextInt(28), 81 + random.nextInt(12),
                    random.nextInt(100), random.nextInt(1000));
            int k1 = control(base, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10) {
                continue;
            }
            int k2 = control(base + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 != 10) {
                return base + k1 + k2;
            }
        }
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    public static String uniqueMobile() {
        long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L);
        return String.format("9%07d", n);
    }
}

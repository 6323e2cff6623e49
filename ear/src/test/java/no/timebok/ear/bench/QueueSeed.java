package no.timebok.ear.bench;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.validation.PhoneNumbers;

/**
 * A million booking requests as the intake would have stored them over the last 140 days, spread
 * over the three seeded clinics, written with multi-row INSERTs. Sealed fields are real ciphertext
 * from the server's keyset, bound to the row's receipt token as {@code BookingRequest} binds them,
 * so the detail view opens them. As the retention policy would have it, the free text of requests
 * older than 21 days is already erased; contact data (kept five months) is all still there.
 */
final class QueueSeed {

    static final Duration SPAN = Duration.ofDays(140);
    private static final Duration FREE_TEXT_KEPT = Duration.ofDays(21);
    private static final int ROWS_PER_INSERT = 1_000;
    private static final int THREADS = 2;
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final String[] FIRST_NAMES = {"Kari", "Ola", "Ingrid", "Lars", "Nora", "Emil", "Sofie", "Jakob", "Maja", "Henrik",
        "Sara", "Magnus", "Ida", "Tobias", "Emma", "Sander", "Thea", "Mathias", "Hanna", "Aksel"};
    private static final String[] LAST_NAMES = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen",
        "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Strand", "Moen"};
    /** Visit types of each seeded clinic (V2's rows), by clinic id. */
    private static final long[][] VISIT_TYPES = {{}, {11, 12, 13}, {21, 22, 23}, {31, 32}};
    private static final String COLUMNS = "(reference, receipt_token, clinic_id, visit_type_id, first_name, last_name, phone_e164,"
            + " email, national_id_sealed, free_text_sealed, free_text_erased_at, status, submitted_at, preferred_part_of_day, language)";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ANY', 'nb')";

    private final String url;
    private final FieldCipher cipher;
    private final int rows;
    private final Instant now;

    QueueSeed(String url, Path keyset, int rows, Instant now) {
        this.url = url;
        this.cipher = FieldCipher.withKeyset(keyset);
        this.rows = rows;
        this.now = now;
    }

    /** Row {@code n}'s clinic: half the requests go to Oslo, a fifth to the IVF clinic, the rest to Bergen. */
    static long clinicOf(int n) {
        int slot = n % 10;
        return slot < 5 ? 1 : slot < 7 ? 2 : 3;
    }

    /**
     * Row {@code n}'s mobile number in E.164, distinct per row; typed as a patient types it and
     * normalised by the same code as the intake.
     */
    static String phoneOf(int n) {
        String digits = String.format("9%07d", (int) ((n * 7_919L) % 10_000_000L));
        String typed = digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5);
        return PhoneNumbers.toE164(typed).orElseThrow(() -> new IllegalStateException("Not a valid mobile: " + typed));
    }

    /** A well-formed reference ({@code TB-XXXX-XX}) distinct per row: {@code n} times an odd number, modulo 32^6, in Crockford's alphabet. */
    static String referenceOf(int n) {
        long code = (n * 611_953L + 12_345L) & ((1L << 30) - 1);
        StringBuilder reference = new StringBuilder("TB-");
        for (int i = 5; i >= 0; i--) {
            if (i == 1) {
                reference.append('-');
            }
            reference.append(CROCKFORD[(int) ((code >> (5 * i)) & 31)]);
        }
        return reference.toString();
    }

    Instant submittedAt(int n) {
        return now.minus(SPAN).plusNanos((long) ((double) SPAN.toNanos() * n / rows));
    }

    /**
     * Row {@code n}'s national ID, or null: every third request has one. Derived from {@code n}, so a
     * benchmark can look a seeded person up; the random part makes a few rows share a number.
     */
    static String nationalIdOf(int n) {
        return n % 3 == 0 ? syntheticNationalId(new SplittableRandom(n * 0x9E3779B97F4A7C15L), 40) : null;
    }

    /** A well-formed number the seed never writes: Skatteetaten's kind (month plus 80), not NAV's. */
    static String absentNationalId(RandomGenerator random) {
        return syntheticNationalId(random, 80);
    }

    void run() throws Exception {
        run(0, rows);
    }

    /** Rows {@code first} (inclusive) to {@code last} (exclusive) only, so a benchmark can grow the table between measurements. */
    void run(int first, int last) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> parts = new ArrayList<>();
            int chunk = (last - first + THREADS - 1) / THREADS;
            for (int t = 0; t < THREADS; t++) {
                int from = first + t * chunk;
                int until = Math.min(last, from + chunk);
                parts.add(pool.submit(() -> insert(from, until)));
            }
            for (Future<Void> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Void insert(int from, int until) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO booking_request ").append(COLUMNS).append(" VALUES ");
        for (int i = 0; i < ROWS_PER_INSERT; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement full = c.prepareStatement(sql.toString())) {
                int n = from;
                while (n + ROWS_PER_INSERT <= until) {
                    int p = 1;
                    for (int i = 0; i < ROWS_PER_INSERT; i++, n++) {
                        p = bind(full, p, n);
                    }
                    full.executeUpdate();
                    if (n % (10 * ROWS_PER_INSERT) < ROWS_PER_INSERT) {
                        c.commit();
                    }
                }
                if (n < until) {
                    StringBuilder rest = new StringBuilder("INSERT INTO booking_request ").append(COLUMNS).append(" VALUES ");
                    for (int i = n; i < until; i++) {
                        rest.append(i == n ? "" : ", ").append(ROW);
                    }
                    try (PreparedStatement last = c.prepareStatement(rest.toString())) {
                        int p = 1;
                        for (; n < until; n++) {
                            p = bind(last, p, n);
                        }
                        last.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return null;
    }

    private int bind(PreparedStatement insert, int p, int n) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long clinic = clinicOf(n);
        long[] visitTypes = VISIT_TYPES[(int) clinic];
        Instant submitted = submittedAt(n);
        Duration age = Duration.between(submitted, now);
        String token = receiptToken(n, random);
        String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        insert.setString(p++, referenceOf(n));
        insert.setString(p++, token);
        insert.setLong(p++, clinic);
        insert.setLong(p++, visitTypes[n % visitTypes.length]);
        insert.setString(p++, firstName);
        insert.setString(p++, lastName);
        insert.setString(p++, phoneOf(n));
        insert.setString(p++, firstName.toLowerCase() + "." + n + "@example.no");
        String nationalId = nationalIdOf(n);
        insert.setBytes(p++, nationalId != null ? cipher.seal(nationalId, "booking_request.national_id/" + token) : null);
        boolean freeTextKept = age.compareTo(FREE_TEXT_KEPT) < 0;
        insert.setBytes(p++, freeTextKept ? cipher.seal("Benchmark request " + n + ": ønsker time for kontroll etter behandling.",
                "booking_request.free_text/" + token) : null);
        insert.setTimestamp(p++, freeTextKept ? null : utc(submitted.plus(FREE_TEXT_KEPT)));
        insert.setString(p++, status(age, n));
        insert.setTimestamp(p++, utc(submitted));
        return p;
    }

    /** Recent requests are still being worked; older ones are done, most of them completed. */
    private static String status(Duration age, int n) {
        if (age.toDays() < 2) {
            return "NEW";
        }
        if (age.toDays() < 7) {
            return "CONTACTED";
        }
        if (age.toDays() < 21) {
            return "SCHEDULED";
        }
        int slot = n % 10;
        return slot == 0 ? "CANCELLED" : slot == 1 ? "REJECTED" : "COMPLETED";
    }

    /** 16 bytes as the intake's token has, made distinct by the row number in the first four. */
    private static String receiptToken(int n, ThreadLocalRandom random) {
        ByteBuffer bits = ByteBuffer.allocate(16).putInt(n).putLong(random.nextLong()).putInt(random.nextInt());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits.array());
    }

    /**
     * A synthetic test number (month plus {@code monthOffset}), with control digits by the old rule,
     * so the detail view can mask it like a real one.
     */
    private static String syntheticNationalId(RandomGenerator random, int monthOffset) {
        int[] k1Weights = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] k2Weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String nine = String.format("%02d%02d%02d%03d", 1 + random.nextInt(28), monthOffset + 1 + random.nextInt(12),
                    random.nextInt(100), random.nextInt(1000));
            int k1 = control(nine, k1Weights);
            if (k1 == 10) {
                continue;
            }
            int k2 = control(nine + k1, k2Weights);
            if (k2 != 10) {
                return nine + k1 + k2;
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

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

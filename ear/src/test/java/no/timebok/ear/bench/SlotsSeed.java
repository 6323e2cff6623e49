package no.timebok.ear.bench;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * A clinic of 50 resources, each open Monday to Friday 08:00–16:00, with a 30-minute kind of visit
 * patients may pick times for, and about 60 % of its 30-minute times over the booking horizon
 * booked: each booked time an appointment with its two 15-minute cells and the request it came
 * with, as a patient's own booking stores them. Written with batched JDBC; the clinic and its kind
 * of visit are copies of the demo clinic's, so every column the schema has gets a sensible value.
 */
final class SlotsSeed {

    static final long CLINIC = 10;
    static final long VISIT_TYPE = 1001;
    static final int RESOURCES = 50;
    static final int HORIZON_DAYS = 90;
    static final double BOOKED_SHARE = 0.6;
    static final Duration SLOT = Duration.ofMinutes(30);
    private static final long FIRST_RESOURCE = 1001;
    /** Ids of the seeded requests and appointments start here, clear of anything the server stores itself. */
    private static final long FIRST_ID = 10_000_001;
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(16, 0);
    private static final int BATCH = 1_000;

    private final String url;
    private final ZoneId zone;
    private final LocalDate today;
    private int slots;
    private int booked;

    SlotsSeed(String url, ZoneId zone, LocalDate today) {
        this.url = url;
        this.zone = zone;
        this.today = today;
    }

    /** The weekday 30-minute times of all resources over the horizon, booked or not. */
    int slots() {
        return slots;
    }

    int booked() {
        return booked;
    }

    void run() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            clinic(c);
            resources(c);
            c.commit();
            appointments(c);
            c.commit();
        }
    }

    private static void clinic(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE bench_clinic AS SELECT * FROM clinic WHERE id = 1");
            s.execute("UPDATE bench_clinic SET id = " + CLINIC + ", code = 'bench-slots', name = 'Benchmark-klinikken',"
                    + " booking_horizon_days = " + HORIZON_DAYS + ", change_deadline_hours = 24, active = TRUE");
            s.execute("INSERT INTO clinic SELECT * FROM bench_clinic");
            s.execute("CREATE TEMPORARY TABLE bench_visit_type AS SELECT * FROM visit_type WHERE id = 12");
            s.execute("UPDATE bench_visit_type SET id = " + VISIT_TYPE + ", clinic_id = " + CLINIC + ", code = 'bench-slots',"
                    + " booking_mode = 'BOTH', slot_minutes = " + SLOT.toMinutes());
            s.execute("INSERT INTO visit_type SELECT * FROM bench_visit_type");
        }
    }

    private static void resources(Connection c) throws SQLException {
        try (PreparedStatement resource = c.prepareStatement("INSERT INTO resource (id, clinic_id, name, place, active)"
                + " VALUES (?, ?, ?, ?, TRUE)");
             PreparedStatement hours = c.prepareStatement("INSERT INTO resource_opening_hours (resource_id, day_of_week,"
                     + " opens_at, closes_at) VALUES (?, ?, ?, ?)")) {
            for (int r = 0; r < RESOURCES; r++) {
                long id = FIRST_RESOURCE + r;
                resource.setLong(1, id);
                resource.setLong(2, CLINIC);
                resource.setString(3, String.format("Behandlingsrom %02d", r + 1));
                resource.setString(4, "Benchmark-klinikken, Demoveien 10");
                resource.addBatch();
                for (int day = 1; day <= 5; day++) {
                    hours.setLong(1, id);
                    hours.setInt(2, day);
                    hours.setObject(3, OPENS);
                    hours.setObject(4, CLOSES);
                    hours.addBatch();
                }
            }
            resource.executeBatch();
            hours.executeBatch();
        }
    }

    /** Each weekday time of each resource from today to the horizon's last day is booked with probability 0.6. */
    private void appointments(Connection c) throws SQLException {
        SplittableRandom random = new SplittableRandom(18);
        Instant createdAt = Instant.now();
        try (PreparedStatement request = c.prepareStatement("INSERT INTO booking_request (id, reference, receipt_token,"
                + " clinic_id, visit_type_id, status, submitted_at, preferred_part_of_day, language, booked_by_patient)"
                + " VALUES (?, ?, ?, ?, ?, 'SCHEDULED', ?, 'ANY', 'nb', TRUE)");
             PreparedStatement appointment = c.prepareStatement("INSERT INTO appointment (id, booking_request_id, clinic_id,"
                     + " resource_id, starts_at, ends_at, status, patient_token, created_at, created_by)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, NULL)");
             PreparedStatement cell = c.prepareStatement("INSERT INTO appointment_cell (resource_id, cell_start, appointment_id)"
                     + " VALUES (?, ?, ?)")) {
            long id = FIRST_ID;
            for (LocalDate day = today; day.isBefore(today.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int r = 0; r < RESOURCES; r++) {
                    for (LocalTime t = OPENS; t.isBefore(CLOSES); t = t.plus(SLOT)) {
                        slots++;
                        if (random.nextDouble() >= BOOKED_SHARE) {
                            continue;
                        }
                        Instant start = day.atTime(t).atZone(zone).toInstant();
                        addRequest(request, id, createdAt);
                        addAppointment(appointment, id, FIRST_RESOURCE + r, start, createdAt);
                        for (Instant s = start; s.isBefore(start.plus(SLOT)); s = s.plus(Duration.ofMinutes(15))) {
                            cell.setLong(1, FIRST_RESOURCE + r);
                            cell.setObject(2, utc(s));
                            cell.setLong(3, id);
                            cell.addBatch();
                        }
                        id++;
                        if (++booked % BATCH == 0) {
                            flush(request, appointment, cell);
                        }
                    }
                }
            }
            flush(request, appointment, cell);
        }
    }

    private static void addRequest(PreparedStatement request, long id, Instant createdAt) throws SQLException {
        request.setLong(1, id);
        request.setString(2, QueueSeed.referenceOf((int) (id - FIRST_ID)));
        request.setString(3, token(id, 1));
        request.setLong(4, CLINIC);
        request.setLong(5, VISIT_TYPE);
        request.setObject(6, utc(createdAt));
        request.addBatch();
    }

    private static void addAppointment(PreparedStatement appointment, long id, long resource, Instant start, Instant createdAt)
            throws SQLException {
        appointment.setLong(1, id);
        appointment.setLong(2, id);
        appointment.setLong(3, CLINIC);
        appointment.setLong(4, resource);
        appointment.setObject(5, utc(start));
        appointment.setObject(6, utc(start.plus(SLOT)));
        appointment.setString(7, token(id, 2));
        appointment.setObject(8, utc(createdAt));
        appointment.addBatch();
    }

    /** Requests before their appointments, appointments before their cells, as the foreign keys demand. */
    private static void flush(PreparedStatement request, PreparedStatement appointment, PreparedStatement cell) throws SQLException {
        request.executeBatch();
        appointment.executeBatch();
        cell.executeBatch();
    }

    /** 16 bytes in URL-safe Base64 (22 characters), as the server's tokens are; distinct per row and kind. */
    private static String token(long id, int kind) {
        ByteBuffer bits = ByteBuffer.allocate(16).putLong(id).putLong(kind * 0x9E3779B97F4A7C15L ^ id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits.array());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

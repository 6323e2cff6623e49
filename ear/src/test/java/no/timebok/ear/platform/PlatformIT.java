package no.timebok.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations rely on: readiness, the schema, each node's retention schedule, no banners. */
@ExtendWith(TimebokDeployment.class)
class PlatformIT {

    private final TimebokHttp http = new TimebokHttp();

    @Test
    void readinessIsUpWithTheDatabaseAndMigratedSchema() {
        HttpResponse<String> ready = TimebokHttp.operations().get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"booking\""), body);
        assertTrue(body.contains("\"schema\":\"migrated\""), body);
        assertTrue(body.contains("\"modules\":\"serving\""), body);
    }

    @Test
    void flywayMigratedTheBookingSchemaIntoInnoDbUtf8mb4Tables() throws Exception {
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM flyway_history_booking WHERE success = 1") >= 1);
        List<Map<String, Object>> tables = TestDatabase.query(
                "SELECT table_name, engine, table_collation FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name IN ('clinic', 'booking_request')");
        assertEquals(2, tables.size());
        for (Map<String, Object> table : tables) {
            assertEquals("InnoDB", table.get("engine"), table.toString());
            assertTrue(String.valueOf(table.get("table_collation")).startsWith("utf8mb4"), table.toString());
        }
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM clinic"));
    }

    /**
     * The retention schedule is every node's own (none is handed to one server through Payara's
     * timer table), and each node shows when its timer of each policy fires next, in the future.
     */
    @Test
    void eachPolicysScheduleIsArmedOnTheNodeNotStoredForOneServer() throws Exception {
        List<Map<String, Object>> stored = TestDatabase.query("SELECT SCHEDULE FROM EJB__TIMER__TBL");
        String metrics = TimebokHttp.operations().get("/metrics?scope=application").body();

        assertFalse(stored.stream().anyMatch(t -> String.valueOf(t.get("SCHEDULE")).contains("Europe/Oslo")), stored.toString());
        for (String policy : List.of("free-text", "contact-data", "correspondence")) {
            java.util.regex.Matcher next = java.util.regex.Pattern.compile(
                    "timebok_retention_next_run_seconds\\{[^}]*policy=\"" + policy + "\"[^}]*} ([0-9.E]+)").matcher(metrics);
            assertTrue(next.find(), policy + " in " + metrics);
            assertTrue(Double.parseDouble(next.group(1)) > java.time.Instant.now().getEpochSecond(), next.group());
        }
    }

    @Test
    void responsesCarryNoServerBannerAndStrictSecurityHeaders() {
        HttpResponse<String> page = http.get("/");

        assertFalse(page.headers().firstValue("Server").isPresent(), page.headers().toString());
        assertFalse(page.headers().firstValue("X-Powered-By").isPresent(), page.headers().toString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}

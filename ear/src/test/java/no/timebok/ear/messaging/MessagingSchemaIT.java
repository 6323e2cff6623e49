package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The messaging module starts on its own schema and tells operations it is ready. */
@ExtendWith(TimebokDeployment.class)
class MessagingSchemaIT {

    private final TimebokHttp http = new TimebokHttp();

    @Test
    void readinessHasAMessagingCheckThatIsUpWithItsSchemaMigrated() {
        HttpResponse<String> ready = TimebokHttp.operations().get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject messaging = checkNamed(ready.body(), "messaging");
        assertEquals("UP", messaging.getString("status"), messaging.toString());
        assertEquals("migrated", messaging.getJsonObject("data").getString("schema"), messaging.toString());
        assertEquals("UP", messaging.getJsonObject("data").getString("database"), messaging.toString());
    }

    @Test
    void flywayCreatedTheOutboxAsAnInnoDbUtf8mb4TableInItsOwnHistory() throws Exception {
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM flyway_history_messaging"
                + " WHERE version = '1' AND success = 1"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM flyway_history_messaging WHERE success = 0"));

        List<Map<String, Object>> tables = TestDatabase.query(
                "SELECT engine, table_collation FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'outbox_message'");
        assertEquals(1, tables.size());
        assertEquals("InnoDB", tables.get(0).get("engine"), tables.toString());
        assertEquals("utf8mb4_unicode_ci", tables.get(0).get("table_collation"), tables.toString());
    }

    @Test
    void theOutboxHasTheIndexesTheRelayAndTheCapsNeed() throws Exception {
        List<Map<String, Object>> columns = TestDatabase.query(
                "SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns"
                        + " FROM information_schema.statistics"
                        + " WHERE table_schema = DATABASE() AND table_name = 'outbox_message'"
                        + " GROUP BY index_name");

        List<Object> indexed = columns.stream().map(row -> row.get("columns")).toList();
        assertTrue(indexed.contains("state,next_attempt_at"), indexed.toString());
        assertTrue(indexed.contains("recipient,channel,created_at"), indexed.toString());
        assertTrue(indexed.contains("clinic_id,channel,created_at"), indexed.toString());
    }

    @Test
    void theEarInitialisesMessagingBeforeBooking() throws Exception {
        String application;
        try (ZipFile ear = new ZipFile(new File(System.getProperty("timebok.it.ear", "target/timebok.ear")));
             InputStream xml = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
            application = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(application.contains("<initialize-in-order>true</initialize-in-order>"), application);
        int messaging = application.indexOf("<web-uri>messaging.war</web-uri>");
        int booking = application.indexOf("<web-uri>booking.war</web-uri>");
        assertTrue(messaging >= 0 && messaging < booking, application);
    }

    /** One check of the health response; MicroProfile Health lists them in no particular order. */
    private static JsonObject checkNamed(String body, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> name.equals(check.getString("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no check named " + name + " in " + body));
        }
    }
}

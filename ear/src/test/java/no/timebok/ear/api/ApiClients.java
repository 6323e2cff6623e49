package no.timebok.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;

/**
 * Partners' client keys, issued the way a clinic issues them: by an administrator through the
 * staff API. The test run's own partner sends for every clinic, fast, and is issued once, since the
 * database outlives each test class.
 */
public final class ApiClients {

    /** The highest rate a key may have, so that the tests meet only the limits they test. */
    public static final int FASTEST = 6_000;

    private static String testKey;

    private ApiClients() {
    }

    /** The run's partner, sending for every clinic of the first administrator. */
    public static synchronized String testKey() {
        if (testKey == null) {
            StaffSession admin = StaffAccounts.admin();
            testKey = issue(admin, "Test partner", FASTEST, adminClinics(admin)).getString("key");
        }
        return testKey;
    }

    /** A client that posts as the run's partner. */
    public static TimebokHttp partner() {
        return new TimebokHttp().withApiKey(testKey());
    }

    /** Issues a key and returns the whole answer: {@code key} and {@code client}. */
    public static JsonObject issue(StaffSession admin, String name, int requestsPerMinute, List<Long> clinicIds) {
        HttpResponse<String> issued = admin.post("/api/staff/admin/api-clients", body(name, requestsPerMinute, clinicIds));
        assertEquals(201, issued.statusCode(), issued.body());
        return json(issued.body());
    }

    public static String body(String name, int requestsPerMinute, List<Long> clinicIds) {
        JsonArrayBuilder clinics = Json.createArrayBuilder();
        clinicIds.forEach(clinics::add);
        return Json.createObjectBuilder().add("name", name).add("requestsPerMinute", requestsPerMinute)
                .add("clinicIds", clinics).build().toString();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static List<Long> adminClinics(StaffSession admin) {
        HttpResponse<String> accounts = admin.get("/api/staff/admin/users");
        assertEquals(200, accounts.statusCode(), accounts.body());
        return Json.createReader(new StringReader(accounts.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(account -> account.getString("username").equals(admin.username()))
                .findFirst().orElseThrow()
                .getJsonArray("clinicIds").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
    }
}

package no.timebok.ear.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import no.timebok.ear.staff.StaffSession;

/** Calls of {@code /api/staff/retention} as a logged-in staff member, read as JSON. */
final class StaffApi {

    static final String BASE = "/api/staff/retention";

    private StaffApi() {
    }

    /**
     * Logs these members in again after the test moved the server's clock, which ended their
     * sessions. Accounts are created before the clock moves: a login at a moved clock spends that
     * account's codes up to the moved time, and the shared administrator must stay usable at the
     * real time for every later test.
     */
    static void logInAgain(StaffSession... staff) {
        for (StaffSession member : staff) {
            member.logInAgain();
        }
    }

    static JsonObject runNow(StaffSession staff, String policy) {
        HttpResponse<String> run = staff.post(BASE + "/policies/" + policy + "/runs", "{}");
        assertEquals(200, run.statusCode(), run.body());
        return object(run.body());
    }

    static JsonObject dryRun(StaffSession staff, String policy) {
        HttpResponse<String> dry = staff.get(BASE + "/policies/" + policy + "/dry-run");
        assertEquals(200, dry.statusCode(), dry.body());
        return object(dry.body());
    }

    static JsonArray worklist(StaffSession staff) {
        HttpResponse<String> list = staff.get(BASE + "/journal/worklist");
        assertEquals(200, list.statusCode(), list.body());
        return Json.createReader(new StringReader(list.body())).readArray();
    }

    static HttpResponse<String> decide(StaffSession staff, String source, long messageId, String decision) {
        return staff.put(BASE + "/journal/decisions/" + source + "/" + messageId, "{\"decision\":\"" + decision + "\"}");
    }

    static HttpResponse<String> hold(StaffSession staff, String reference, String reason) {
        return staff.post(BASE + "/holds", Json.createObjectBuilder().add("reference", reference).add("reason", reason).build().toString());
    }

    static HttpResponse<String> release(StaffSession staff, String reference, String reason) {
        return staff.post(BASE + "/holds/" + reference + "/release", Json.createObjectBuilder().add("reason", reason).build().toString());
    }

    /** Rows of the table a receipt counts. */
    static long rows(JsonObject receipt, String table) {
        return counted(receipt.getJsonObject("rows"), table);
    }

    /** Rows of the table in counts per table, such as a dry run's answer. */
    static long counted(JsonObject counts, String table) {
        return counts.containsKey(table) ? counts.getJsonNumber(table).longValue() : 0;
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}

package no.timebok.ear.correspondence;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;

/** Helpers for the staff correspondence tests: JSON, the request's contact data, Faces postbacks. */
final class Threads {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String REPORTS = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/delivery-report";
    static final String INBOUND = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/inbound";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private Threads() {
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static List<JsonObject> array(String json) {
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    static String column(long requestId, String column) throws SQLException {
        return (String) TestDatabase.query("SELECT " + column + " FROM booking_request WHERE id = ?", requestId).get(0).get(column);
    }

    /** The SMS confirmation of the request, once the relay has sent it. */
    static SentSms confirmation(String phoneE164) {
        Peers.await(PATIENCE, "the confirmation SMS", () -> !Peers.sms().sentTo(phoneE164).isEmpty());
        return Peers.sms().sentTo(phoneE164).get(0);
    }

    static String outboxState(String reference, String kind) throws SQLException {
        List<Map<String, Object>> rows = TestDatabase.query(
                "SELECT state FROM outbox_message WHERE subject_reference = ? AND kind = ? ORDER BY id", reference, kind);
        return rows.isEmpty() ? "" : (String) rows.get(0).get("state");
    }

    static void awaitState(String reference, String kind, String state) {
        Peers.await(PATIENCE, kind + " " + state, () -> {
            try {
                return state.equals(outboxState(reference, kind));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static long count(String sql, Object... parameters) {
        try {
            return TestDatabase.count(sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Faces view state of a page, to post one of its forms as a browser would. */
    static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state in the page (" + page.statusCode() + ")");
        }
        return m.group(1);
    }
}

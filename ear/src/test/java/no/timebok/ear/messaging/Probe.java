package no.timebok.ear.messaging;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.timebok.ear.TimebokHttp;

/** The test side of {@code ContractProbeResource}: messaging's contracts, called over HTTP. */
public final class Probe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Probe() {
    }

    static HttpResponse<String> send(String method, String path, Map<String, String> form) {
        return sendTo(TimebokHttp.baseUrl(), method, path, form);
    }

    /** The same, to the node at {@code baseUrl}. */
    public static HttpResponse<String> sendTo(String baseUrl, String method, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/messaging/callbacks/probe" + path))
                .timeout(Duration.ofSeconds(30));
        if (form.isEmpty()) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonObject> array(String path) {
        HttpResponse<String> response = send("GET", path, Map.of());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        JsonArray array = Json.createReader(new StringReader(response.body())).readArray();
        return array.getValuesAs(JsonObject.class);
    }

    static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}

package no.timebok.ear.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;

/**
 * Sveve's push of a patient's SMS to the callback, as the gateway sends it: a form POST with the
 * shared secret as HTTP Basic. Posted directly rather than through the fake gateway, so these tests
 * start no peer that would go on relaying other test classes' messages.
 */
final class SveveInbound {

    private static final String URL = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/inbound";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SveveInbound() {
    }

    /** Posts an SMS from {@code fromE164}; returns the HTTP status. */
    static int post(String fromE164, String text) {
        String form = "number=" + encode(fromE164.substring(1)) + "&msg=" + encode(text) + "&id=" + System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("sveve:" + Peers.WEBHOOK_SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

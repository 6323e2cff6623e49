package no.timebok.ear.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load clients for one node of the benchmark's cluster, addressed by its own base URL (the IT
 * helpers all talk to the one server named in a system property).
 */
final class NodeClients {

    private final String baseUrl;

    NodeClients(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Clients of the node's liveness endpoint, from loopback, as a load balancer probes it. */
    List<LoadRun.Client> live(int count) {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            HttpClient http = http();
            clients.add(n -> send(http, HttpRequest.newBuilder(uri("/health/live"))).statusCode() == 200);
        }
        return clients;
    }

    /**
     * Clients that each post JSON booking requests as a partner with its own key, from its own
     * address under the prefix; request {@code n} has its own phone number (offset by
     * {@code firstNumber}, so runs do not share numbers).
     */
    List<LoadRun.Client> json(List<String> keys, String addressPrefix, int firstNumber) {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            HttpClient http = http();
            String key = keys.get(c);
            String address = addressPrefix + Integer.toHexString(c + 1);
            clients.add(n -> send(http, HttpRequest.newBuilder(uri("/api/booking-requests"))
                    .header("Authorization", "Bearer " + key)
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .header("Accept-Language", "nb")
                    .POST(HttpRequest.BodyPublishers.ofString(bookingRequest(firstNumber + n)))).statusCode() == 201);
        }
        return clients;
    }

    /** A valid JSON booking request with its own phone number, as both benchmarks of the intake post it. */
    static String bookingRequest(int n) {
        return String.format(Locale.ROOT, "{\"firstName\":\"Kari\",\"lastName\":\"Benchmark-%d\",\"phone\":\"9%07d\","
                + "\"clinicId\":2,\"visitTypeId\":21,\"partOfDay\":\"ANY\","
                + "\"freeText\":\"Kontroll etter behandling, helst tidlig på dagen. Nr %d\",\"language\":\"nb\"}",
                n, n % 10_000_000, n);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /** HTTP/1.1: the JDK would otherwise try an h2c upgrade, which Payara answers unreliably under load. */
    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<Void> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package no.timebok.ear.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.timebok.common.schema.ServingModules;

/**
 * Whether a node serves the whole EAR: its readiness is UP and names every module's check. Payara
 * answers UP with an empty list of checks while a deployment has not registered its checks yet,
 * so the status alone says nothing. The local run, the benchmarks and the multi-node test wait on it.
 */
public final class Readiness {

    private Readiness() {
    }

    public static boolean servesEveryModule(HttpResponse<String> ready) {
        String body = ready.body().replace(" ", "");
        return ready.statusCode() == 200
                && ServingModules.OF_THE_EAR.stream().allMatch(module -> body.contains("\"name\":\"" + module + "\""));
    }

    /** Polls {@code baseUrl}'s {@code /health/ready} until every module serves; fails after {@code timeout}. */
    public static void await(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (servesEveryModule(client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is still starting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Timebok was not ready with every module at " + baseUrl + " within "
                + timeout.toSeconds() + " s; see the server log under the domain's or node's logs/ directory");
    }
}

package no.timebok.messaging.journal;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.timebok.common.json.JsonFactories;

/**
 * Posts each resource to a FHIR R4 server as a conditional create ({@code If-None-Exist} on its
 * identifier): the server creates it once, and answers a repeated attempt with the resource it
 * already has. So a transfer whose answer was lost is retried without making a duplicate.
 */
final class HttpJournalAdapter implements JournalAdapter {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient client;

    HttpJournalAdapter(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String transfer(String identifier, String communicationJson) {
        String url = base.toString().replaceAll("/+$", "") + "/Communication";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/fhir+json")
                .header("Accept", "application/fhir+json")
                .header("If-None-Exist", "identifier=" + URLEncoder.encode(FhirCommunication.SYSTEM + "|" + identifier, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofString(communicationJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JournalTransferException("the journal could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalTransferException("interrupted while transferring to the journal", e);
        }
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new JournalTransferException("the journal answered HTTP " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseGet(() -> idOf(response.body()));
    }

    private static String idOf(String body) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(body))) {
            JsonObject resource = reader.readObject();
            if (!resource.containsKey("id")) {
                throw new JournalTransferException("the journal's answer has neither a Location nor an id");
            }
            return "Communication/" + resource.getString("id");
        } catch (jakarta.json.JsonException | ClassCastException e) {
            throw new JournalTransferException("the journal's answer is not a FHIR resource", e);
        }
    }
}

package no.timebok.messaging.outbox;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A measured newsletter copy's redirects as stored in {@code outbox_message.links_json}: one JSON
 * object from each address in the administrator's text to the copy's signed redirect. Stored with
 * the row so the relay can rebuild both parts of the email after a crash.
 */
final class NewsletterLinksJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private NewsletterLinksJson() {
    }

    /** Sorted by address, so equal maps give equal text. */
    static String write(Map<String, URI> links) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        new TreeMap<>(links).forEach((target, redirect) -> object.add(target, redirect.toString()));
        return object.build().toString();
    }

    static Map<String, URI> read(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, URI> links = new LinkedHashMap<>();
            for (String target : object.keySet()) {
                links.put(target, URI.create(object.getString(target)));
            }
            return links;
        }
    }
}

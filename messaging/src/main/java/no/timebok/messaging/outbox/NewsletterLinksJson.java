package no.timebok.messaging.outbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import no.timebok.common.json.JsonFactories;

/**
 * A measured newsletter copy's redirects as stored in {@code outbox_message.links_json}: one JSON
 * object from each address in the administrator's text to the copy's signed redirect. Stored with
 * the row so the relay can rebuild both parts of the email after a crash.
 */
final class NewsletterLinksJson {

    private NewsletterLinksJson() {
    }

    /** Sorted by address, so equal maps give equal text. */
    static String write(Map<String, URI> links) {
        JsonObjectBuilder object = JsonFactories.BUILDERS.createObjectBuilder();
        new TreeMap<>(links).forEach((target, redirect) -> object.add(target, redirect.toString()));
        return object.build().toString();
    }

    static Map<String, URI> read(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, URI> links = new LinkedHashMap<>();
            for (String target : object.keySet()) {
                links.put(target, URI.create(object.getString(target)));
            }
            return links;
        }
    }
}

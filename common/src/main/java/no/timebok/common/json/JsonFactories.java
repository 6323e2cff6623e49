package no.timebok.common.json;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * The JSON-P readers and builders to use instead of {@code Json.create*}, which look the provider
 * up through the class loader on every call (jakartaee/jsonp-api#154): in the relay's profile that
 * lookup was a third of each SMS send's CPU. Made when this class is first used, so code that never
 * reads or writes JSON needs no provider.
 */
public final class JsonFactories {

    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonFactories() {
    }
}

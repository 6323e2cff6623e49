package no.timebok.booking.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** RFC 9457 problem details, with field errors in the caller's language (bokmål or English). */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String BUNDLE = "no.timebok.booking.web.messages";
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private Problems() {
    }

    static Response.ResponseBuilder problem(int status, String type, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(base(status, type, title, detail).build().toString());
    }

    static Response invalid(Map<String, String> fieldErrors, HttpHeaders headers) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language(headers), Problems.class.getClassLoader());
        JsonArrayBuilder errors = BUILDERS.createArrayBuilder();
        fieldErrors.forEach((field, key) -> errors.add(BUILDERS.createObjectBuilder()
                .add("field", field)
                .add("code", key)
                .add("message", messages.containsKey(key) ? messages.getString(key) : key)));
        JsonObjectBuilder body = base(400, "validation", "The request has invalid fields",
                "Nothing was stored. Correct the fields listed under errors and send again.")
                .add("errors", errors);
        return Response.status(400).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private static JsonObjectBuilder base(int status, String type, String title, String detail) {
        return BUILDERS.createObjectBuilder()
                .add("type", "https://timebok.no/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
    }

    /** Bokmål when the caller prefers Norwegian, otherwise English. */
    private static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .map(Locale::getLanguage)
                .filter(l -> l.equals("nb") || l.equals("no") || l.equals("nn") || l.equals("en"))
                .findFirst()
                .map(l -> l.equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nb"))
                .orElse(Locale.ENGLISH);
    }
}

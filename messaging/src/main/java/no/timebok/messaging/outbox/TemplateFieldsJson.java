package no.timebok.messaging.outbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;
import no.timebok.common.json.JsonFactories;
import no.timebok.common.messaging.TemplateField;

/**
 * The template fields as stored in {@code outbox_message.fields_json}: one JSON object keyed by
 * the {@link TemplateField} names. JSON-P does the escaping, so a name with quotes or a newline
 * cannot break the document or smuggle in another field.
 */
final class TemplateFieldsJson {

    private TemplateFieldsJson() {
    }

    /** The fields in the enum's order, so equal maps give equal text. */
    static String write(Map<TemplateField, String> fields) {
        JsonObjectBuilder object = JsonFactories.BUILDERS.createObjectBuilder();
        for (TemplateField field : TemplateField.values()) {
            String value = fields.get(field);
            if (value != null) {
                object.add(field.name(), value);
            }
        }
        return object.build().toString();
    }

    /**
     * @throws IllegalArgumentException when the text names a field outside the allow-list
     * @throws ClassCastException when a value is not a JSON string
     */
    static Map<TemplateField, String> read(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
            for (String name : object.keySet()) {
                fields.put(TemplateField.valueOf(name), object.getString(name));
            }
            return fields;
        }
    }
}

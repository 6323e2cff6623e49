package no.timebok.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors keyed by field name, in the order of the form, each as a message key that the page
 * translates. Holds no user input, so it is safe to log.
 */
public final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the first error of a field; later ones for the same field are less useful to the user. */
    public FieldErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    /** @throws InvalidInputException when any field has an error */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    /** For {@code orElseThrow}: the exception carrying these errors. */
    public InvalidInputException asException() {
        return new InvalidInputException(this);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}

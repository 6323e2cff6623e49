package no.timebok.common.validation;

import java.util.Map;
import no.timebok.common.error.FieldErrors;

/**
 * Whether typed text can be stored and shown again exactly as the person typed it. A lone UTF-16
 * surrogate has no UTF-8 form, so the database would keep a {@code ?} or a stray character in its
 * place; NUL and other control characters cut or garble the text in the places it goes next (mail
 * headers, SMS, C strings); and U+FFFD is what a decoder writes where bytes were not UTF-8, so the
 * character meant is already lost. Tab and line breaks are ordinary typing.
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * Adds the unusable-characters error for each field whose typed text cannot be stored. Call it
     * first, so such a field gets this error and not a misleading one.
     *
     * @param typedByField what was typed, by the field name the form shows errors under
     */
    public static void refuseUnstorable(Map<String, String> typedByField, FieldErrors errors) {
        typedByField.forEach((field, text) -> {
            if (!isStorable(text)) {
                errors.add(field, "error.text.unusableCharacters");
            }
        });
    }

    /** True for null and the empty string: that nothing was typed is for each field's own rules. */
    public static boolean isStorable(String typed) {
        if (typed == null) {
            return true;
        }
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < typed.length() && Character.isLowSurrogate(typed.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFD' || isControlOtherThanTyping(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControlOtherThanTyping(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}

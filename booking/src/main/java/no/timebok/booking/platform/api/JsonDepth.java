package no.timebok.booking.platform.api;

/**
 * How deeply a JSON text nests, counted without parsing it. Parsson refuses more than 1,000 levels
 * with a bare RuntimeException, after recursing that deep; a body of Timebok's API nests a few
 * levels at most, so a deeper one is refused as malformed before any parser sees it.
 */
public final class JsonDepth {

    /** More than any request body of the API needs. */
    public static final int MAX = 32;

    private JsonDepth() {
    }

    /** Whether the text opens more than {@code max} objects or arrays inside each other. */
    public static boolean exceeds(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}

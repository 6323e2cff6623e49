package no.timebok.common.messaging;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses in a newsletter's free text. Booking signs a redirect for each and messaging
 * swaps them in when it renders the copy, so both must find exactly the same addresses: this is
 * the one definition.
 */
public final class TextLinks {

    /** Longer addresses are left as written: they would not fit the redirect's counting row. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern CANDIDATE = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}'";

    private TextLinks() {
    }

    /** One address found, at {@code [start, end)} of the text. */
    public record Found(int start, int end, String url) {
    }

    /** The http and https addresses in the text, in order; punctuation that ends a sentence is not part of one. */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            if (isWebAddress(url)) {
                found.add(new Found(m.start(), end, url));
            }
        }
        return found;
    }

    /** An absolute http or https address with a host, short enough to count: nothing else is ever redirected to. */
    public static boolean isWebAddress(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

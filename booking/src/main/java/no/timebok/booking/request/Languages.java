package no.timebok.booking.request;

import java.util.Set;

/** The languages the public pages and messages speak; Norwegian bokmål unless English is asked for. */
public final class Languages {

    public static final String DEFAULT = "nb";
    private static final Set<String> SUPPORTED = Set.of("nb", "en");

    private Languages() {
    }

    public static String supported(String requested) {
        return requested != null && SUPPORTED.contains(requested) ? requested : DEFAULT;
    }
}

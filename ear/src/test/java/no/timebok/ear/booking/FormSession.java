package no.timebok.ear.booking;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokHttp;

/**
 * One person filling in the public form: shows it, keeps its CSRF and fill-time tokens, and posts
 * no sooner than the test domain's minimum fill time (PT1S) allows.
 */
public final class FormSession {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|_shown|privacyVersion)\" value=\"([^\"]*)\"");
    private static final long MIN_FILL_MILLIS = 1100;

    final TimebokHttp http;
    private final Map<String, String> tokens = new HashMap<>();
    private long shownAtMillis;
    String lastPage;

    public FormSession(TimebokHttp http) {
        this.http = http;
    }

    FormSession() {
        this(new TimebokHttp());
    }

    public FormSession show(String language) {
        return showPage("/?lang=" + language);
    }

    /** Another public form than the booking form, at this path and query. */
    public FormSession showPage(String pathAndQuery) {
        HttpResponse<String> page = http.get(pathAndQuery);
        remember(page.body());
        shownAtMillis = System.currentTimeMillis();
        return this;
    }

    /** The page last shown or answered. */
    public String lastPage() {
        return lastPage;
    }

    /**
     * The same form, tokens and all, posted through another client: as a load balancer sends the
     * post to another node than the one that showed the form.
     */
    public FormSession postingThrough(TimebokHttp other) {
        FormSession moved = new FormSession(other);
        moved.tokens.putAll(tokens);
        moved.shownAtMillis = shownAtMillis;
        return moved;
    }

    /** Posts the fields with the tokens, after the minimum fill time. */
    public HttpResponse<String> post(Map<String, String> fields) {
        return post(fields, "");
    }

    /**
     * Posts the fields with the tokens and {@code encodedTail} appended to the body as it is
     * ({@code &name=%ED%A0%80}), after the minimum fill time.
     */
    HttpResponse<String> post(Map<String, String> fields, String encodedTail) {
        return postTo("/", fields, encodedTail);
    }

    /** Posts the fields with the tokens to another public form's path, after the minimum fill time. */
    public HttpResponse<String> postTo(String path, Map<String, String> fields) {
        return postTo(path, fields, "");
    }

    private HttpResponse<String> postTo(String path, Map<String, String> fields, String encodedTail) {
        long wait = shownAtMillis + MIN_FILL_MILLIS - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Map<String, String> all = new HashMap<>(tokens);
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.postFormBody(path, body + encodedTail);
        remember(response.body());
        return response;
    }

    private void remember(String body) {
        lastPage = body;
        Matcher m = HIDDEN.matcher(body);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
    }

    /** A complete, valid form for the IVF clinic, with a unique last name to find its row by. */
    public static Map<String, String> validForm(String lastName, String freeText) {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", "Kari");
        form.put("lastName", lastName);
        form.put("phone", TestData.uniqueMobile());
        form.put("clinic", "2");
        form.put("visitType", "21");
        form.put("partOfDay", "MORNING");
        form.put("freeText", freeText);
        form.put("lang", "nb");
        return form;
    }

}

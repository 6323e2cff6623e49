package no.timebok.ear.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import no.timebok.ear.TimebokHttp;

/**
 * An HTTP client that keeps no cookie store of its own: the tests read every {@code Set-Cookie}
 * exactly as the server wrote it, and send back what a browser would by hand, also a Secure cookie
 * over the plain connection behind a pretended TLS proxy (the JDK's store would withhold it).
 */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    RawHttp() {
        headers.put("X-Forwarded-For", "2001:db8::ee:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)));
    }

    /** Every request also carries this header, as a proxy in front would add it. */
    RawHttp with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TimebokHttp.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : setCookies(response)) {
                String pair = setCookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return new ArrayList<>(response.headers().allValues("Set-Cookie"));
    }

    /** The raw {@code Set-Cookie} header of one cookie, or null when the response set none by that name. */
    static String setCookie(HttpResponse<?> response, String name) {
        return setCookies(response).stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    /** The attributes of a raw {@code Set-Cookie} header, lower-cased names, in order and with repeats. */
    static List<String> attributes(String setCookie) {
        List<String> attributes = new ArrayList<>();
        String[] parts = setCookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                attributes.add(parts[i].strip());
            }
        }
        return attributes;
    }
}

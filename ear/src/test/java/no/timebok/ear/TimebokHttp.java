package no.timebok.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the running application: it keeps cookies, does not follow
 * redirects, and presents itself as one distinct client through the trusted loopback proxy
 * (X-Forwarded-For from the documentation range, so no test ever shares a rate-limit bucket).
 */
public final class TimebokHttp {

    private final HttpClient client;
    private final CookieManager cookies;
    private final String clientAddress;
    private final String apiKey;
    private final String base;

    public TimebokHttp() {
        this("2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)));
    }

    public TimebokHttp(String clientAddress) {
        // HTTP/1.1, as browsers speak to a server without TLS; the JDK would otherwise try an h2c
        // upgrade, which Payara's Grizzly answers unreliably under load.
        this(new CookieManager(), clientAddress);
    }

    private TimebokHttp(CookieManager cookies, String clientAddress) {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build(), cookies, clientAddress);
    }

    private TimebokHttp(HttpClient client, CookieManager cookies, String clientAddress) {
        this(client, cookies, clientAddress, null, null);
    }

    private TimebokHttp(HttpClient client, CookieManager cookies, String clientAddress, String apiKey, String base) {
        this.client = client;
        this.cookies = cookies;
        this.clientAddress = clientAddress;
        this.apiKey = apiKey;
        this.base = base;
    }

    /**
     * A client on the operations network, as the load balancer or monitoring: it connects from
     * loopback and names no other client, so it may read /health and /metrics.
     */
    public static TimebokHttp operations() {
        return new TimebokHttp(new CookieManager(), null);
    }

    /** The same connection pool and cookies, presenting another client address. */
    public TimebokHttp as(String otherClientAddress) {
        return new TimebokHttp(client, cookies, otherClientAddress, apiKey, base);
    }

    /** The same client as an integrating partner: every request carries this client key. */
    public TimebokHttp withApiKey(String key) {
        return new TimebokHttp(client, cookies, clientAddress, key, base);
    }

    /**
     * The same client, cookies and all, sending to another node (such as {@code http://localhost:18280}),
     * as a load balancer would. Cookies are per host, not per port, so both nodes see the same ones.
     */
    public TimebokHttp at(String baseUrl) {
        return new TimebokHttp(client, cookies, clientAddress, apiKey, baseUrl);
    }

    /** The value of a cookie this client holds, such as the session id. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    public java.util.Optional<java.net.HttpCookie> cookieWithAttributes(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Gives this client a cookie, as a browser that got it elsewhere (from another node) holds it. */
    public void setCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl()), cookie);
    }

    public static String baseUrl() {
        return System.getProperty("timebok.it.baseUrl", "http://localhost:18080");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postFormBody(path, fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** A form body already percent-encoded, for bytes no Java string encodes to (such as a lone surrogate's). */
    public HttpResponse<String> postFormBody(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return postJson(path, json, "en");
    }

    public HttpResponse<String> postJson(String path, String json, String acceptLanguage) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A body of raw bytes, such as an image upload. */
    public HttpResponse<String> putBytes(String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json, application/problem+json").GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).header("Accept", "application/json, application/problem+json").DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((base == null ? baseUrl() : base) + path));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

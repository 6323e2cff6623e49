package no.timebok.ear.peers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A local stand-in for Sveve that speaks its documented HTTP API: {@code POST /SMS/SendMessage}
 * with user, passwd, to, msg, from, ref and f=json, answered with
 * {@code {"response":{"msgOkCount":1,"stdSMSCount":1,"ids":[n]}}}.
 * <p>
 * Like the real gateway it deduplicates by {@code ref}: a second send with a reference it already
 * took is answered as a success and not sent again. It can be told to fail a share of calls with
 * 503, or to take a message and answer too late (the sender times out and retries), and it posts
 * delivery reports and inbound SMS to the application, with the shared secret as HTTP Basic.
 */
public final class FakeSveveGateway implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-sveve");
        thread.setDaemon(true);
        return thread;
    });
    private final String user;
    private final String password;
    private final Map<String, SentSms> byReference = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> attemptsByReference = new ConcurrentHashMap<>();
    private final List<SentSms> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong(42_000_000);
    private final AtomicLong calls = new AtomicLong();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private volatile double failureRate;
    private volatile double lateAnswerRate;
    private volatile Duration lateAnswerDelay = Duration.ofSeconds(3);

    private FakeSveveGateway(HttpServer server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
    }

    /** Starts on the given loopback port (0 for any free one). */
    public static FakeSveveGateway start(int port, String user, String password) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
            FakeSveveGateway gateway = new FakeSveveGateway(server, user, password);
            server.createContext("/SMS/SendMessage", gateway::sendMessage);
            server.setExecutor(gateway.threads);
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Adds a handler on the gateway's port (the local run's "what was sent" page). */
    void addPage(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    /**
     * From now on answers a share of calls with 503 without taking the message, and takes another
     * share but answers only after {@code lateBy}, later than the sender waits.
     */
    public void misbehave(double failures, double lateAnswers, Duration lateBy) {
        this.failureRate = failures;
        this.lateAnswerRate = lateAnswers;
        this.lateAnswerDelay = lateBy;
    }

    public void behave() {
        misbehave(0, 0, Duration.ofSeconds(3));
    }

    /** Every SMS taken, each reference once, oldest first. */
    public List<SentSms> sent() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    public List<SentSms> sentTo(String e164) {
        String to = e164.startsWith("+") ? e164.substring(1) : e164;
        return sent().stream().filter(sms -> sms.to().equals(to)).toList();
    }

    public Optional<SentSms> byReference(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** How many times a reference was sent to the gateway, retries included. */
    public long attempts(String reference) {
        AtomicLong count = attemptsByReference.get(reference);
        return count == null ? 0 : count.get();
    }

    public long calls() {
        return calls.get();
    }

    /** Posts a delivery report, as Sveve does, to {@code url}; returns the HTTP status. */
    public int postDeliveryReport(String url, String secret, SentSms sms, boolean delivered, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", sms.to());
        form.put("status", Boolean.toString(delivered));
        form.put("id", Long.toString(sms.gatewayId()));
        form.put("ref", sms.reference());
        form.put("errorCode", errorCode);
        form.put("errorDesc", delivered ? "" : "Not delivered");
        return post(url, secret, form);
    }

    /** Posts an SMS from a patient, as Sveve's push does; returns the HTTP status. */
    public int postInbound(String url, String secret, String fromNumber, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", fromNumber.startsWith("+") ? fromNumber.substring(1) : fromNumber);
        form.put("msg", text);
        form.put("id", Long.toString(ids.incrementAndGet()));
        return post(url, secret, form);
    }

    public int post(String url, String secret, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (secret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("sveve:" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void sendMessage(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) && !"GET".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "");
                return;
            }
            String query = "GET".equals(exchange.getRequestMethod())
                    ? Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("")
                    : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = decode(query);
            if (!user.equals(form.get("user")) || !password.equals(form.get("passwd"))) {
                answer(exchange, 200, "{\"response\":{\"msgOkCount\":0,\"stdSMSCount\":0,"
                        + "\"fatalError\":\"Feil brukernavn/passord\"}}");
                return;
            }
            String to = form.getOrDefault("to", "");
            String text = form.getOrDefault("msg", "");
            String reference = form.getOrDefault("ref", "");
            if (!to.matches("\\d{8,15}") || text.isEmpty()) {
                answer(exchange, 200, "{\"response\":{\"msgOkCount\":0,\"stdSMSCount\":0,\"errors\":"
                        + "[{\"number\":\"" + to.replaceAll("\\D", "") + "\",\"message\":\"Ugyldig nummer\"}]}}");
                return;
            }
            double roll = ThreadLocalRandom.current().nextDouble();
            if (roll < failureRate) {
                answer(exchange, 503, "Service Unavailable");
                return;
            }
            if (!reference.isEmpty()) {
                attemptsByReference.computeIfAbsent(reference, r -> new AtomicLong()).incrementAndGet();
            }
            SentSms sms = take(to, text, form.getOrDefault("from", ""), reference);
            if (roll < failureRate + lateAnswerRate) {
                sleep(lateAnswerDelay);
            }
            answer(exchange, 200, "{\"response\":{\"msgOkCount\":1,\"stdSMSCount\":1,\"ids\":[" + sms.gatewayId() + "]}}");
        }
    }

    /** Takes a message once per reference; a repeated reference is the same SMS. */
    private SentSms take(String to, String text, String from, String reference) {
        if (reference.isEmpty()) {
            SentSms sms = new SentSms(ids.incrementAndGet(), to, text, from, reference, Instant.now());
            accepted.add(sms);
            return sms;
        }
        return byReference.computeIfAbsent(reference, r -> {
            SentSms sms = new SentSms(ids.incrementAndGet(), to, text, from, reference, Instant.now());
            accepted.add(sms);
            return sms;
        });
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> decode(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

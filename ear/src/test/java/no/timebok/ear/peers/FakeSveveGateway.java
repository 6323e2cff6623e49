package no.timebok.ear.peers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Sveve that speaks its documented HTTP API: {@code POST /SMS/SendMessage}
 * with user, passwd, to, msg, from, ref and f=json, answered with
 * {@code {"response":{"msgOkCount":1,"stdSMSCount":1,"ids":[n]}}}.
 * <p>
 * Like the real gateway it does not deduplicate: {@code ref} is only echoed in delivery reports, so
 * a second call with a reference it already took is a second SMS, with its own id. It can be told
 * to fail a share of calls with 503, or to take a message and answer too late (the sender times
 * out), to post a delivery report for every SMS it takes (as Sveve does for an account with a
 * report address), and it pushes inbound SMS, all with the shared secret as HTTP Basic.
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
    private final Map<String, AtomicLong> attemptsByReference = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lateByReference = new ConcurrentHashMap<>();
    private final List<SentSms> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong(42_000_000);
    private final AtomicLong calls = new AtomicLong();
    private final SveveCallbacks callbacks = new SveveCallbacks();

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

    /**
     * From now on posts a delivery report ("delivered") to {@code url} for every SMS taken, a random
     * time between {@code minDelay} and {@code maxDelay} after taking it, and again on Sveve's
     * retry schedule while the application does not answer 2xx.
     */
    public void reportDeliveries(String url, String secret, Duration minDelay, Duration maxDelay) {
        callbacks.reportTo(url, secret, minDelay, maxDelay);
    }

    /** No more delivery reports, and no more retries of those not yet acknowledged. */
    public void stopReports() {
        callbacks.stopReporting();
    }

    /** Delivery reports the application has answered with 2xx. */
    public long reportsAcknowledged() {
        return callbacks.reportsAcknowledged();
    }

    /** Every SMS taken, a reference as often as it was taken, oldest first. */
    public List<SentSms> sent() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    public List<SentSms> sentTo(String e164) {
        String to = e164.startsWith("+") ? e164.substring(1) : e164;
        return sent().stream().filter(sms -> sms.to().equals(to)).toList();
    }

    /** The first SMS taken with this reference. */
    public Optional<SentSms> byReference(String reference) {
        return sent().stream().filter(sms -> sms.reference().equals(reference)).findFirst();
    }

    /** How many calls with this reference reached the gateway (not refused with 503), retries included. */
    public long attempts(String reference) {
        AtomicLong count = attemptsByReference.get(reference);
        return count == null ? 0 : count.get();
    }

    /** How many calls with this reference it took and answered too late. */
    public long lateAnswers(String reference) {
        AtomicLong count = lateByReference.get(reference);
        return count == null ? 0 : count.get();
    }

    public long calls() {
        return calls.get();
    }

    /** Posts a delivery report, as Sveve does, to {@code url}; returns the HTTP status. */
    public int postDeliveryReport(String url, String secret, SentSms sms, boolean delivered, String errorCode) {
        return post(url, secret, SveveCallbacks.report(sms, delivered, errorCode));
    }

    /** An SMS from a patient arrives at the gateway, with the gateway's own id. */
    public InboundSms receive(String fromNumber, String text) {
        return new InboundSms(ids.incrementAndGet(), fromNumber, text);
    }

    /** Pushes an SMS from a patient, as Sveve does (again, when it retries); returns the HTTP status. */
    public int pushInbound(String url, String secret, InboundSms sms) {
        return post(url, secret, SveveCallbacks.inbound(sms));
    }

    /** A new SMS from a patient, pushed once; returns the HTTP status. */
    public int postInbound(String url, String secret, String fromNumber, String text) {
        return pushInbound(url, secret, receive(fromNumber, text));
    }

    public int post(String url, String secret, Map<String, String> form) {
        return callbacks.post(url, secret, form);
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
            Map<String, String> form = SveveCallbacks.decode(query);
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
                lateByReference.computeIfAbsent(reference, r -> new AtomicLong()).incrementAndGet();
                sleep(lateAnswerDelay);
            }
            answer(exchange, 200, "{\"response\":{\"msgOkCount\":1,\"stdSMSCount\":1,\"ids\":[" + sms.gatewayId() + "]}}");
        }
    }

    /** Takes a message: every call is an SMS of its own, whatever its reference. */
    private SentSms take(String to, String text, String from, String reference) {
        SentSms sms = new SentSms(ids.incrementAndGet(), to, text, from, reference, Instant.now());
        accepted.add(sms);
        callbacks.taken(sms);
        return sms;
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

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        callbacks.close();
    }
}

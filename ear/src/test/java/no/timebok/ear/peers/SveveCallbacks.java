package no.timebok.ear.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What Sveve posts to the account's callback addresses: delivery reports (number, status, id, ref,
 * errorCode, errorDesc) and SMS from patients (number, msg, id), as form POSTs with the shared
 * secret as HTTP Basic. A report the application does not answer with 2xx is posted again on
 * Sveve's documented schedule (5 s, 15 s, 1 min, 2 min, 5 min, 30 min, 1 h, 2 h, 4 h).
 */
final class SveveCallbacks implements AutoCloseable {

    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(4));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "fake-sveve-reports");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong reportsAcknowledged = new AtomicLong();

    private volatile Reporting reporting;

    /** Where delivery reports go, and how long after the SMS was taken each is first posted. */
    private record Reporting(String url, String secret, Duration minDelay, Duration maxDelay) {
    }

    void reportTo(String url, String secret, Duration minDelay, Duration maxDelay) {
        reporting = new Reporting(url, secret, minDelay, maxDelay);
    }

    void stopReporting() {
        reporting = null;
    }

    /** Reports on this SMS later, when reporting is on; delivered, like most SMS. */
    void taken(SentSms sms) {
        Reporting to = reporting;
        if (to == null) {
            return;
        }
        long spread = Math.max(0, to.maxDelay().toMillis() - to.minDelay().toMillis());
        long delay = to.minDelay().toMillis() + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
        timer.schedule(() -> deliver(to, sms, 0), delay, TimeUnit.MILLISECONDS);
    }

    long reportsAcknowledged() {
        return reportsAcknowledged.get();
    }

    private void deliver(Reporting to, SentSms sms, int retry) {
        int status;
        try {
            status = post(to.url(), to.secret(), report(sms, true, ""));
        } catch (UncheckedIOException e) {
            status = -1;
        }
        if (status >= 200 && status < 300) {
            reportsAcknowledged.incrementAndGet();
        } else if (retry < RETRIES.size() && reporting != null) {
            timer.schedule(() -> deliver(to, sms, retry + 1), RETRIES.get(retry).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static Map<String, String> report(SentSms sms, boolean delivered, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", sms.to());
        form.put("status", Boolean.toString(delivered));
        form.put("id", Long.toString(sms.gatewayId()));
        form.put("ref", sms.reference());
        form.put("errorCode", errorCode);
        form.put("errorDesc", delivered ? "" : "Not delivered");
        return form;
    }

    static Map<String, String> inbound(InboundSms sms) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", sms.from().startsWith("+") ? sms.from().substring(1) : sms.from());
        form.put("msg", sms.text());
        form.put("id", Long.toString(sms.gatewayId()));
        return form;
    }

    int post(String url, String secret, Map<String, String> form) {
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
        timer.shutdownNow();
    }
}

package no.timebok.messaging.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.json.JsonFactories;
import no.timebok.messaging.outbox.SendResult;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Sends one SMS through Sveve. Our message id goes in {@code ref}, which Sveve only echoes in its
 * delivery reports: it does not deduplicate by it, so a send that may have reached it (no answer
 * after the request was written) is reported as of unknown outcome, never as safe to retry.
 */
@ApplicationScoped
public class SmsGateway {

    @Inject
    TimebokConfig config;

    @Inject
    SmsSenders senders;

    private volatile CachedClient cached;

    /** Our reference for a message, as the gateway carries it (at most 36 characters). */
    public static String reference(long messageId) {
        return "tb-" + messageId;
    }

    /** The message id in a reference we gave out; empty when it is not one of ours. */
    public static Optional<Long> messageId(String reference) {
        if (reference == null || !reference.startsWith("tb-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(reference.substring(3)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sends under the clinic's own sender name, or the configured default when it has none. */
    public SendResult send(long messageId, long clinicId, String mobileE164, String text) {
        Optional<String> sender = senders.of(clinicId);
        if (sender.isEmpty()) {
            return SendResult.retry("sender-unknown");
        }
        int parts = SmsParts.count(text);
        String answer;
        try {
            answer = client().sendMessage(config.value(ConfigKey.SMS_USER), config.value(ConfigKey.SMS_PASSWORD),
                    mobileE164.startsWith("+") ? mobileE164.substring(1) : mobileE164, text,
                    sender.get(), reference(messageId), "json");
        } catch (WebApplicationException e) {
            return SendResult.retry("gateway-http-" + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return notAnswered(e);
        }
        return interpret(answer, parts);
    }

    /**
     * No answer: safe to retry only when the connection was never made (refused, no route, unknown
     * host, connect timeout), so the request was never written. Anything else (a read timeout, a
     * connection cut mid-answer) may have left the SMS with the gateway.
     */
    static SendResult notAnswered(ProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            boolean connectTimeout = cause instanceof HttpConnectTimeoutException || cause instanceof SocketTimeoutException
                    && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
            if (connectTimeout || cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return SendResult.retry("gateway-unreachable");
            }
        }
        return SendResult.unknown("gateway-no-answer");
    }

    static SendResult interpret(String answer, int parts) {
        JsonObject response;
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(answer))) {
            response = reader.readObject().getJsonObject("response");
        } catch (JsonException | ClassCastException e) {
            // A 200 we cannot read may still have taken the message.
            return SendResult.unknown("gateway-answer-unreadable");
        }
        if (response == null) {
            return SendResult.unknown("gateway-answer-unreadable");
        }
        if (response.containsKey("fatalError")) {
            // Wrong credentials or an empty account: retrying may help once operations fix it.
            return SendResult.retry("gateway-fatal");
        }
        if (response.getInt("msgOkCount", 0) >= 1) {
            JsonArray ids = response.getJsonArray("ids");
            String id = ids == null || ids.isEmpty() ? "" : ids.get(0).toString();
            return SendResult.accepted(id, parts);
        }
        // The gateway refused this number (the error text names it, so it is not kept).
        return SendResult.permanent("gateway-rejected");
    }

    private SveveApi client() {
        URI url = config.smsUrl();
        Duration timeout = config.positiveDuration(ConfigKey.SMS_TIMEOUT);
        CachedClient current = cached;
        if (current == null || !current.url().equals(url) || !current.timeout().equals(timeout)) {
            SveveApi api = RestClientBuilder.newBuilder()
                    .baseUri(url)
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build(SveveApi.class);
            current = new CachedClient(url, timeout, api);
            cached = current;
        }
        return current.api();
    }

    private record CachedClient(URI url, Duration timeout, SveveApi api) {
    }
}

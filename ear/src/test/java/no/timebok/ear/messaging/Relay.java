package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;

/** The application's outbox relay, as the tests drive it. */
public final class Relay {

    private Relay() {
    }

    /**
     * One full relay run, synchronously: everything due at the (test) clock's now is sent before
     * this returns. A message that a run would send twice, or too early, is then at the peers.
     */
    public static void runOnce() {
        HttpResponse<String> run = Probe.send("POST", "/relay", Map.of());
        assertEquals(200, run.statusCode(), run.body());
    }
}

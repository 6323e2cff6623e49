package no.timebok.messaging.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP peer on loopback that behaves as a FHIR server does for conditional create. */
class HttpJournalAdapterTest {

    private HttpServer server;
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fhir/Communication", this::communication);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void createsTheResourceAndReturnsItsLocation() {
        String id = adapter().transfer("outbox_message-5", "{\"resourceType\":\"Communication\"}");

        assertEquals("Communication/1", id);
        assertEquals(1, stored.size());
        assertEquals("identifier=urn:timebok:message|outbox_message-5", conditions.get(0));
    }

    @Test
    void aRetryOfTheSameMessageCreatesNoDuplicate() {
        String first = adapter().transfer("outbox_message-5", "{}");

        String second = adapter().transfer("outbox_message-5", "{}");

        assertEquals(first, second);
        assertEquals(1, stored.size());
    }

    @Test
    void aServerErrorIsATransferFailure() {
        failWith = 503;

        JournalTransferException failed = assertThrows(JournalTransferException.class, () -> adapter().transfer("outbox_message-9", "{}"));

        assertEquals("the journal answered HTTP 503", failed.getMessage());
        assertEquals(0, stored.size());
    }

    @Test
    void anUnreachableJournalIsATransferFailure() {
        HttpJournalAdapter nowhere = new HttpJournalAdapter(URI.create("http://127.0.0.1:1/fhir"));

        assertThrows(JournalTransferException.class, () -> nowhere.transfer("outbox_message-9", "{}"));
    }

    private HttpJournalAdapter adapter() {
        return new HttpJournalAdapter(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir/"));
    }

    private void communication(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (failWith != 0) {
            exchange.sendResponseHeaders(failWith, -1);
            exchange.close();
            return;
        }
        String condition = URLDecoder.decode(exchange.getRequestHeaders().getFirst("If-None-Exist"), StandardCharsets.UTF_8);
        conditions.add(condition);
        String existing = stored.get(condition);
        int status = existing == null ? 201 : 200;
        String id = existing != null ? existing : Integer.toString(stored.size() + 1);
        stored.putIfAbsent(condition, id);
        exchange.getResponseHeaders().add("Location", "Communication/" + id);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}

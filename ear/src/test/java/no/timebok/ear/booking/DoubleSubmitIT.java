package no.timebok.ear.booking;

import static no.timebok.ear.booking.FormSession.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One showing of the form stores at most one request: a double click on "Send", one after the other
 * or at the same moment, gives one request, and both answers lead to its receipt.
 */
@ExtendWith(TimebokDeployment.class)
class DoubleSubmitIT {

    @Test
    void theSameFormSentTwiceStoresOneRequestAndBothAnswersLeadToItsReceipt() throws Exception {
        String lastName = "Dobbel-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Trykket to ganger");
        FormSession session = new FormSession().show("nb");

        HttpResponse<String> first = session.post(form);
        HttpResponse<String> second = session.post(form);

        assertEquals(303, first.statusCode(), first.body());
        assertEquals(303, second.statusCode(), second.body());
        assertEquals(location(first), location(second));
        assertEquals(1, stored(lastName));
        assertEquals(1, confirmations(lastName), "one confirmation for one request");
    }

    @Test
    void theSameFormSentTwiceAtOnceStoresOneRequest() throws Exception {
        String lastName = "Samtidig-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Trykket to ganger samtidig");
        FormSession session = new FormSession().show("nb");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = List.of(
                    CompletableFuture.supplyAsync(() -> postTogether(session, form, together), clicks),
                    CompletableFuture.supplyAsync(() -> postTogether(session, form, together), clicks));

            HttpResponse<String> one = answers.get(0).get(60, TimeUnit.SECONDS);
            HttpResponse<String> other = answers.get(1).get(60, TimeUnit.SECONDS);

            assertEquals(303, one.statusCode(), one.body());
            assertEquals(303, other.statusCode(), other.body());
            assertEquals(location(one), location(other));
            assertEquals(1, stored(lastName));
            assertEquals(1, confirmations(lastName), "one confirmation for one request");
        } finally {
            clicks.shutdownNow();
        }
    }

    @Test
    void aNewShowingOfTheFormIsANewRequest() throws Exception {
        String lastName = "ToSkjema-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "To forskjellige skjema");

        HttpResponse<String> first = new FormSession().show("nb").post(form);
        HttpResponse<String> second = new FormSession().show("nb").post(form);

        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertTrue(!location(first).equals(location(second)), "two receipts");
        assertEquals(2, stored(lastName));
    }

    private static HttpResponse<String> postTogether(FormSession session, Map<String, String> form, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return session.post(form);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static long stored(String lastName) throws java.sql.SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName);
    }

    private static long confirmations(String lastName) throws java.sql.SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM outbox_message o JOIN booking_request b"
                + " ON o.subject_reference = b.reference WHERE b.last_name = ?", lastName);
    }
}

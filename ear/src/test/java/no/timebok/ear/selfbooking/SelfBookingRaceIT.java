package no.timebok.ear.selfbooking;

import static no.timebok.ear.selfbooking.PickedTimes.details;
import static no.timebok.ear.selfbooking.PickedTimes.detailsFor;
import static no.timebok.ear.selfbooking.PickedTimes.mondayWeeksAhead;
import static no.timebok.ear.selfbooking.PickedTimes.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Twenty patients post the same picked time at once, each from their own client. */
@ExtendWith(TimebokDeployment.class)
class SelfBookingRaceIT {

    private static final int PATIENTS = 20;

    @Test
    void exactlyOneGetsTheTimeAndTheOthersKeepWhatTheyTyped() throws Exception {
        String slot = offered(mondayWeeksAhead(12)).get(0);
        String family = "Kappløp" + UUID.randomUUID().toString().substring(0, 6);
        List<FormSession> forms = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            forms.add(detailsFor(slot));
        }

        ExecutorService pool = Executors.newFixedThreadPool(PATIENTS);
        CountDownLatch ready = new CountDownLatch(PATIENTS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            FormSession form = forms.get(i);
            Map<String, String> fields = details(slot, family + i, TestData.uniqueMobile(), "Pasient " + i);
            answers.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return form.postTo("/times/book", fields);
            }));
        }
        String winner = null;
        int lost = 0;
        for (int i = 0; i < PATIENTS; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            if (answer.statusCode() == 303) {
                assertEquals(null, winner, "a second winner");
                winner = PickedTimes.token(answer).orElseThrow();
            } else {
                assertEquals(409, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("nettopp tatt"), answer.body());
                assertTrue(answer.body().contains("value=\"" + family + i + "\""), "what patient " + i + " typed is kept");
                assertTrue(answer.body().contains("Pasient " + i + "</textarea>"));
                assertTrue(PickedTimes.slots(answer.body()).size() > 0, "the nearest free times are offered");
                assertTrue(!PickedTimes.slots(answer.body()).contains(slot), "but not the lost one");
                lost++;
            }
        }
        pool.shutdown();

        assertEquals(PATIENTS - 1, lost);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name LIKE ?", family + "%"),
                "the losers' requests were not stored");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id"
                + " WHERE b.last_name LIKE ? AND a.status = 'BOOKED'", family + "%"));
        new TimebokHttp().postForm("/appointment/" + winner, Map.of("action", "cancel"));
    }
}

package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMS cap per number and day holds when messages for one number are queued at the same
 * moment: counting and then queuing let every transaction that counted before the others
 * committed see room, and the number got more SMS than the privacy notice's promise allows.
 */
@ExtendWith(TimebokDeployment.class)
class SmsCapConcurrencyIT {

    /** timebok.messaging.sms-cap-per-number-per-day as the test domain has it (the default). */
    private static final int CAP = 3;
    private static final int AT_ONCE = 16;

    @Test
    void aBurstForOneNumberGetsExactlyTheCapInSmsAndTheRestHeld() throws Exception {
        String mobile = "+47" + TestData.uniqueMobile();
        String reference = NewsletterOutboxIT.reference();
        String start = Instant.now().plus(Duration.ofDays(3650)).toString();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                String key = "burst-" + reference + "-" + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return Probe.send("POST", "/reminders", Map.of("appointmentKey", key, "start", start,
                            "clinicId", "1", "reference", reference, "mobile", mobile, "language", "nb", "time", "snart"));
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(CAP, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND channel = 'SMS'",
                mobile), "SMS queued for the number");
        assertEquals(AT_ONCE - CAP, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?"
                + " AND state = 'HELD' AND held_reason = 'sms-cap-number'", reference), "held at the cap");
    }
}

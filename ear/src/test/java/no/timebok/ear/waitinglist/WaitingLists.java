package no.timebok.ear.waitinglist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.peers.Peers;

/** The waiting list's public pages as patients use them, for the Oslo follow-up (12). */
public final class WaitingLists {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    public static final Pattern ENTRY = Pattern.compile("/waiting/entry/([A-Za-z0-9_-]{22})");
    private static final Pattern OFFER = Pattern.compile("/waiting/offer/([A-Za-z0-9_-]{22})");
    private static final Pattern APPOINTMENT = Pattern.compile("/appointment/([A-Za-z0-9_-]{22})");
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"(\\d+-\\d+)\"");

    private WaitingLists() {
    }

    public static HttpResponse<String> join(String lastName, String phone, String earliest, String latest) {
        FormSession form = new FormSession(new TimebokHttp()).showPage("/waiting?visitType=12");
        Map<String, String> fields = new HashMap<>();
        fields.put("visitType", "12");
        fields.put("firstName", "Kari");
        fields.put("lastName", lastName);
        fields.put("phone", phone);
        fields.put("earliestDate", earliest);
        fields.put("latestDate", latest);
        fields.put("lang", "nb");
        return form.postTo("/waiting", fields);
    }

    static List<String> offered(LocalDate day) {
        String page = new TimebokHttp().get("/times?visitType=12&week=" + day).body();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(page);
        while (m.find()) {
            if (Instant.ofEpochSecond(Long.parseLong(m.group(1).split("-")[1])).atZone(ZoneId.of("Europe/Oslo")).toLocalDate().equals(day)) {
                slots.add(m.group(1));
            }
        }
        return slots;
    }

    /** Books the time through the public pages for someone not waiting; answers the appointment's token. */
    static String book(String slot) {
        FormSession form = new FormSession(new TimebokHttp()).showPage("/times/book?visitType=12&slot=" + slot);
        Map<String, String> fields = new HashMap<>();
        fields.put("visitType", "12");
        fields.put("slot", slot);
        fields.put("firstName", "Kari");
        fields.put("lastName", "Avbestiller" + UUID.randomUUID().toString().substring(0, 6));
        fields.put("phone", TestData.uniqueMobile());
        fields.put("freeText", "Kontroll");
        fields.put("lang", "nb");
        HttpResponse<String> answer = form.postTo("/times/book", fields);
        assertEquals(303, answer.statusCode(), answer.body());
        return match(APPOINTMENT, answer.headers().firstValue("Location").orElseThrow());
    }

    static void cancelAtOnce(List<String> tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch ready = new CountDownLatch(tokens.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return new TimebokHttp().postForm("/appointment/" + token, Map.of("action", "cancel"));
            }));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get().statusCode());
        }
        pool.shutdown();
    }

    /** The offer tokens in the messages sent to this phone. */
    public static List<String> offerLinks(String phone) {
        return Peers.sms().sentTo("+47" + phone).stream()
                .map(sms -> OFFER.matcher(sms.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    public static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}

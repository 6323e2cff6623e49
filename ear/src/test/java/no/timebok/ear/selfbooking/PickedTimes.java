package no.timebok.ear.selfbooking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;

/** The public picking pages as a patient's browser uses them, for the demo Oslo follow-up (12), on any node. */
public final class PickedTimes {

    static final String FOLLOW_UP = "12";
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"(\\d+-\\d+)\"");
    private static final Pattern TOKEN = Pattern.compile("/appointment/([A-Za-z0-9_-]{22})\\?done=(booked|moved)");

    private PickedTimes() {
    }

    public static LocalDate mondayWeeksAhead(int weeks) {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The times the week page offers, as the values its radio buttons post. */
    static List<String> offered(LocalDate monday) {
        return offered(new TimebokHttp(), monday);
    }

    public static List<String> offered(TimebokHttp node, LocalDate monday) {
        HttpResponse<String> page = node.get("/times?visitType=" + FOLLOW_UP + "&week=" + monday);
        assertEquals(200, page.statusCode(), page.body());
        return slots(page.body());
    }

    static List<String> slots(String page) {
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(page);
        while (m.find()) {
            slots.add(m.group(1));
        }
        return slots;
    }

    public static Instant start(String slot) {
        return Instant.ofEpochSecond(Long.parseLong(slot.substring(slot.indexOf('-') + 1)));
    }

    /** The details form for this time, shown to a new client; post it with {@link #details}. */
    static FormSession detailsFor(String slot) {
        return detailsFor(new TimebokHttp(), slot);
    }

    public static FormSession detailsFor(TimebokHttp node, String slot) {
        FormSession form = new FormSession(node).showPage("/times/book?visitType=" + FOLLOW_UP + "&slot=" + slot);
        assertEquals(true, form.lastPage().contains("id=\"picked-time\""), form.lastPage());
        return form;
    }

    public static Map<String, String> details(String slot, String lastName, String phone, String freeText) {
        Map<String, String> fields = new HashMap<>();
        fields.put("visitType", FOLLOW_UP);
        fields.put("slot", slot);
        fields.put("firstName", "Kari");
        fields.put("lastName", lastName);
        fields.put("phone", phone);
        fields.put("freeText", freeText);
        fields.put("lang", "nb");
        return fields;
    }

    /** The appointment's link token from a booking's or a move's redirect. */
    public static Optional<String> token(HttpResponse<String> answer) {
        Matcher m = TOKEN.matcher(answer.headers().firstValue("Location").orElse(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

package no.timebok.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import no.timebok.ear.GeneralLog;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an intake costs at the database, and what the database says when a reference is taken. */
@ExtendWith(TimebokDeployment.class)
class IntakeStatementsIT {

    private static final String PATH = "/api/booking-requests";
    private static final Pattern REFERENCE_LOOKUP = Pattern.compile("(?is)^\\s*SELECT\\b.*\\bbooking_request\\b.*\\breference\\s*=.*");

    @Test
    void anIntakeInsertsItsRequestWithoutLookingItsReferenceUpFirst() throws Exception {
        TimebokHttp http = ApiClients.partner();
        String phone = TestData.uniqueMobile();
        AtomicReference<HttpResponse<String>> created = new AtomicReference<>();

        List<String> sent = GeneralLog.during(() -> created.set(http.postJson(PATH,
                BookingApiIT.valid("Stmt-" + UUID.randomUUID(), phone).build().toString())));

        assertEquals(201, created.get().statusCode(), created.get().body());
        assertEquals(1, sent.stream().filter(s -> s.matches("(?is)^\\s*INSERT\\s+INTO\\s+booking_request\\s*\\(.*")).count(),
                String.join("\n", sent));
        assertEquals(List.of(), sent.stream().filter(s -> REFERENCE_LOOKUP.matcher(s).matches()).toList());
    }

    @Test
    void theDatabaseRefusesATakenReferenceNamingItsKey() throws Exception {
        // The shape TransientFailures tells a taken reference by, as MariaDB really words it.
        TimebokHttp http = ApiClients.partner();
        String first = reference(http.postJson(PATH, BookingApiIT.valid("Dup-" + UUID.randomUUID(), TestData.uniqueMobile())
                .build().toString()));
        String second = reference(http.postJson(PATH, BookingApiIT.valid("Dup-" + UUID.randomUUID(), TestData.uniqueMobile())
                .build().toString()));

        SQLException taken = assertThrows(SQLException.class,
                () -> TestDatabase.update("UPDATE booking_request SET reference = ? WHERE reference = ?", first, second));

        assertEquals(1062, taken.getErrorCode());
        assertTrue(taken.getMessage().contains("Duplicate entry '" + first + "' for key 'uq_booking_request_reference'"),
                taken.getMessage());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE reference = ?", second));
    }

    private static String reference(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getString("reference");
    }
}

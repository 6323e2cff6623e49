package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.timebok.common.validation.NationalIdNumbers;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.staff.StaffSession;

/** One person who books at the clinics, with everything the form takes, and their rights requests. */
final class Patients {

    static final String RIGHTS = "/api/staff/privacy/rights-requests";

    final String mobile;
    final String email;
    final String nationalId;
    final String lastName;

    private Patients(String mobile, String email, String nationalId, String lastName) {
        this.mobile = mobile;
        this.email = email;
        this.nationalId = nationalId;
        this.lastName = lastName;
    }

    static Patients create(String family) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new Patients(no.timebok.ear.TestData.uniqueMobile(), "p." + tag + "@example.com", validNationalId(),
                family + tag.substring(0, 5));
    }

    /** A request with national ID, email and the newsletter box ticked. */
    Submitted book(long clinicId, long visitTypeId, String freeText) {
        return BookingRequests.request()
                .at(clinicId, visitTypeId)
                .lastName(lastName)
                .phone(mobile)
                .email(email)
                .nationalId(nationalId)
                .partOfDay("MORNING")
                .freeText(freeText)
                .newsletter(true)
                .submit();
    }

    /** Registers a rights request matched by this person's phone number; returns its id. */
    long rightsRequest(StaffSession privacy, long clinicId, String kind) {
        return rightsRequest(privacy, clinicId, kind, mobile);
    }

    /** Registers a rights request for whoever books with this mobile number; returns its id. */
    static long rightsRequest(StaffSession privacy, long clinicId, String kind, String mobile) {
        String json = Json.createObjectBuilder()
                .add("clinicId", clinicId)
                .add("kind", kind)
                .add("matchedBy", "PHONE")
                .add("matchKey", mobile)
                .add("identityCheck", "BANKID")
                .add("receivedOn", LocalDate.ofInstant(TestClock.now(), ZoneId.of("Europe/Oslo")).toString())
                .build().toString();
        HttpResponse<String> registered = privacy.post(RIGHTS, json);
        assertEquals(201, registered.statusCode(), registered.body());
        return json(registered.body()).getJsonNumber("id").longValue();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** A valid national ID number (both check digits right) no other test is likely to use. */
    static String validNationalId() {
        while (true) {
            long individual = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000L);
            String candidate = String.format("010190%05d", individual);
            if (NationalIdNumbers.isValid(candidate)) {
                return candidate;
            }
        }
    }
}

package no.timebok.ear.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.retention.FacesForms;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public booking API takes requests only from integrating partners with a client key, which
 * stands in for the form's bot checks: it was open to anyone, so a bot skipped the honeypot, the
 * fill time and the CSRF token by posting JSON.
 */
@ExtendWith(TimebokDeployment.class)
class ApiClientsIT {

    private static final String PATH = "/api/booking-requests";
    private static final String CLIENTS = "/api/staff/admin/api-clients";

    @Test
    void aRequestWithNoKeyIsRefusedAndNothingIsStored() throws Exception {
        String lastName = "UtenNokkel-" + UUID.randomUUID();

        HttpResponse<String> refused = new TimebokHttp().postJson(PATH, BookingApiIT.valid(lastName, TestData.uniqueMobile()).build().toString());

        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void aRequestWithoutAValidKeyIsRefusedAndNothingIsStored() throws Exception {
        String lastName = "FeilNokkel-" + UUID.randomUUID();
        String body = BookingApiIT.valid(lastName, TestData.uniqueMobile()).build().toString();
        String[] sentKey = ApiClients.testKey().split("\\.");
        String wrongSecret = "tbk." + sentKey[1] + "." + "A".repeat(43);
        String unknownId = "tbk." + "a".repeat(16) + "." + sentKey[2];

        for (String key : new String[] {null, "not-a-key", wrongSecret, unknownId}) {
            TimebokHttp http = key == null ? new TimebokHttp() : new TimebokHttp().withApiKey(key);
            HttpResponse<String> refused = http.postJson(PATH, body);

            assertEquals(401, refused.statusCode(), key + ": " + refused.body());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), refused.headers().toString());
            assertTrue(refused.body().contains("/problems/unauthenticated"), refused.body());
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void callersWithoutAKeyAreHeldToTheFormsLimitPerAddress() {
        TimebokHttp oneAddress = new TimebokHttp();
        String body = BookingApiIT.valid("Flom", TestData.uniqueMobile()).build().toString();
        int refusedAsUnknown = 0;
        HttpResponse<String> last = oneAddress.postJson(PATH, body);
        while (last.statusCode() == 401 && refusedAsUnknown < 100) {
            refusedAsUnknown++;
            last = oneAddress.postJson(PATH, body);
        }

        assertEquals(429, last.statusCode(), last.body());
        assertEquals(20, refusedAsUnknown, "the form's default limit per address, 20 in ten minutes");
    }

    @Test
    void aKeySendsOnlyForItsClinicsAndOnlyItsDigestIsStored() throws Exception {
        JsonObject issued = ApiClients.issue(StaffAccounts.admin(), "Klinikk 1s nettside", 30, List.of(1L));
        String key = issued.getString("key");
        TimebokHttp partner = new TimebokHttp().withApiKey(key);
        String atClinicOne = "Partner-" + UUID.randomUUID();
        String atClinicTwo = "Partner-" + UUID.randomUUID();

        HttpResponse<String> created = partner.postJson(PATH, BookingApiIT.valid(atClinicOne, TestData.uniqueMobile()).build().toString());
        HttpResponse<String> elsewhere = partner.postJson(PATH, BookingApiIT.valid(atClinicTwo, TestData.uniqueMobile())
                .add("clinicId", 2).add("visitTypeId", 21).build().toString());

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(400, elsewhere.statusCode(), elsewhere.body());
        assertTrue(elsewhere.body().contains("\"field\":\"clinic\",\"code\":\"error.clinic.notForThisKey\""), elsewhere.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", atClinicTwo));
        String[] parts = key.split("\\.");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(parts[2].getBytes(StandardCharsets.US_ASCII)));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM api_client WHERE key_id = ? AND LOWER(HEX(secret_digest)) = ?",
                parts[1], digest));
        String listed = StaffAccounts.admin().get(CLIENTS).body();
        assertTrue(listed.contains(parts[1]), listed);
        assertFalse(listed.contains(parts[2]), "the key's secret is shown once, when it is issued");
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        StaffSession admin = StaffAccounts.admin();
        TimebokHttp slow = new TimebokHttp().withApiKey(ApiClients.issue(admin, "Treg partner", 2, List.of(1L)).getString("key"));
        TimebokHttp other = new TimebokHttp().withApiKey(ApiClients.issue(admin, "Annen partner", 2, List.of(1L)).getString("key"));
        for (int i = 0; i < 2; i++) {
            assertEquals(201, slow.postJson(PATH, BookingApiIT.valid("Treg", TestData.uniqueMobile()).build().toString()).statusCode());
        }

        HttpResponse<String> limited = slow.postJson(PATH, BookingApiIT.valid("Treg", TestData.uniqueMobile()).build().toString());
        HttpResponse<String> otherKey = other.postJson(PATH, BookingApiIT.valid("Annen", TestData.uniqueMobile()).build().toString());

        assertEquals(429, limited.statusCode(), limited.body());
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(201, otherKey.statusCode(), "another partner's key is not slowed: " + otherKey.body());
    }

    @Test
    void aRevokedKeyIsRefusedAtItsNextRequestAndBothChangesAreSecurityEvents() throws Exception {
        StaffSession admin = StaffAccounts.admin();
        JsonObject issued = ApiClients.issue(admin, "Avsluttet avtale", 10, List.of(1L));
        long id = issued.getJsonObject("client").getJsonNumber("id").longValue();
        TimebokHttp partner = new TimebokHttp().withApiKey(issued.getString("key"));
        assertEquals(201, partner.postJson(PATH, BookingApiIT.valid("Avsluttet", TestData.uniqueMobile()).build().toString()).statusCode());

        HttpResponse<String> revoked = admin.post(CLIENTS + "/" + id + "/revoke", "");
        HttpResponse<String> after = partner.postJson(PATH, BookingApiIT.valid("Avsluttet", TestData.uniqueMobile()).build().toString());

        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(ApiClients.json(revoked.body()).containsKey("revokedAt") && !ApiClients.json(revoked.body()).isNull("revokedAt"),
                revoked.body());
        assertEquals(401, after.statusCode(), after.body());
        for (String kind : List.of("API_CLIENT_ISSUED", "API_CLIENT_REVOKED")) {
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = ? AND path = ?",
                    kind, CLIENTS + "/" + id), kind);
        }
    }

    @Test
    void onlyAnAdministratorIssuesKeysAndOnlyForTheirOwnClinics() {
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession adminOfOne = StaffAccounts.create(List.of("admin"), List.of(1L));
        long bothClinics = ApiClients.issue(StaffAccounts.admin(), "To klinikker", 10, List.of(1L, 2L))
                .getJsonObject("client").getJsonNumber("id").longValue();

        HttpResponse<String> byReception = reception.post(CLIENTS, ApiClients.body("Resepsjonen", 10, List.of(1L)));
        HttpResponse<String> forAnother = adminOfOne.post(CLIENTS, ApiClients.body("Nabo", 10, List.of(2L)));
        HttpResponse<String> invalid = adminOfOne.post(CLIENTS, "{\"name\":\" \",\"requestsPerMinute\":0,\"clinicIds\":[1]}");
        HttpResponse<String> othersKey = adminOfOne.post(CLIENTS + "/" + bothClinics + "/revoke", "");

        assertEquals(403, byReception.statusCode(), byReception.body());
        assertEquals(400, forAnother.statusCode(), forAnother.body());
        assertTrue(forAnother.body().contains("\"field\":\"clinicIds\""), forAnother.body());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"name\"") && invalid.body().contains("\"field\":\"requestsPerMinute\""),
                invalid.body());
        assertEquals(404, othersKey.statusCode(), "a key that also sends for another clinic is that clinic's too: " + othersKey.body());
        assertFalse(adminOfOne.get(CLIENTS).body().contains("To klinikker"));
    }

    @Test
    void anAdministratorIssuesAKeyOnThePageSeesItOnceAndRevokesItThere() {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        String page = "/staff/admin/api-clients.xhtml";

        HttpResponse<String> refused = FacesForms.click(admin, page, "id=\"client-form\"", "issue-client",
                Map.of("name", " ", "clinicIds", "1", "requestsPerMinute", "45"));
        HttpResponse<String> issued = FacesForms.click(admin, page, "id=\"client-form\"", "issue-client",
                Map.of("name", "Klinikkens nettside", "clinicIds", "1", "requestsPerMinute", "45"));

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Gi partneren et navn"), "the field's error: " + refused.body());
        assertTrue(refused.body().contains("value=\"45\""), "what was typed is kept");
        Matcher shown = Pattern.compile("id=\"issued-key\"[^>]*>(tbk\\.[^<]+)<").matcher(issued.body());
        assertTrue(shown.find(), issued.body());
        String key = shown.group(1);
        TimebokHttp partner = new TimebokHttp().withApiKey(key);
        assertEquals(201, partner.postJson(PATH, BookingApiIT.valid("Nettside", TestData.uniqueMobile()).build().toString()).statusCode());
        String keyId = key.split("\\.")[1];
        String reopened = admin.http().get(page).body();
        assertTrue(reopened.contains("data-key-id=\"" + keyId + "\""), reopened);
        assertFalse(reopened.contains(key), "the key is shown once, when it is issued");

        HttpResponse<String> revoked = FacesForms.click(admin, page, "data-key-id=\"" + keyId + "\"", "revoke-client", Map.of());

        assertEquals(200, revoked.statusCode());
        assertEquals(401, partner.postJson(PATH, BookingApiIT.valid("Nettside", TestData.uniqueMobile()).build().toString()).statusCode());
    }
}

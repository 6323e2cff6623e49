package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators manage the accounts of their own clinics, and a change of access applies at once. */
@ExtendWith(TimebokDeployment.class)
class StaffAdministrationIT {

    private static final String USERS = "/api/staff/admin/users";
    private static final long OSLO = 1;
    private static final long BERGEN = 3;

    @Test
    void deactivatingAnAccountEndsItsOpenSessionAndItsLogins() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);
        assertEquals(200, reception.get("/api/staff/requests").statusCode());
        long id = idOf(admin, reception.username());
        TimebokHttp onAnotherNode = new TimebokHttp();
        onAnotherNode.setCookie("tb_staff", reception.http().cookie("tb_staff").orElseThrow());

        HttpResponse<String> closed = admin.put(USERS + "/" + id, change("Stengt bruker", List.of("reception"), List.of(BERGEN), false));

        assertEquals(200, closed.statusCode(), closed.body());
        assertFalse(QueueIT.json(closed.body()).getBoolean("active"));
        assertEquals(401, onAnotherNode.getJson("/api/staff/requests").statusCode(), "no node resumes the login either");
        assertEquals(401, reception.get("/api/staff/requests").statusCode(), "the open session ended at its next request");
        // An inactive account is refused before its code is checked: the last code spares the test
        // half a minute's wait for a fresh one.
        assertFalse(StaffSession.succeeded(reception.logIn(reception.password(), reception.authenticator().lastCode())),
                "and the account can't log in");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = 'ACCOUNT_CHANGED' AND path = ?", USERS + "/" + id));

        assertEquals(200, admin.put(USERS + "/" + id, change("Åpnet igjen", List.of("reception"), List.of(BERGEN), true)).statusCode());
        assertTrue(StaffSession.succeeded(reception.logIn()), "a reactivated account logs in again");
        assertEquals(200, reception.get("/api/staff/requests").statusCode());
    }

    @Test
    void aRoleTakenAwayStopsWorkingAtOnce() {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession colleague = StaffAccounts.create(List.of("reception", "privacy"), List.of(BERGEN));
        long id = idOf(admin, colleague.username());

        assertEquals(200, admin.put(USERS + "/" + id, change("Bare personvern", List.of("privacy"), List.of(BERGEN), true)).statusCode());

        assertEquals(401, colleague.get("/api/staff/requests").statusCode(), "the session with the old roles is gone");
        assertTrue(StaffSession.succeeded(colleague.logIn()));
        assertEquals(403, colleague.get("/api/staff/requests").statusCode(), "the queue is for reception only");
    }

    @Test
    void aResetSendsTheAccountThroughSetupAgain() {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);
        long id = idOf(admin, reception.username());
        String oneTime = "lost phone one-time " + System.nanoTime();

        HttpResponse<String> reset = admin.post(USERS + "/" + id + "/reset", Json.createObjectBuilder()
                .add("oneTimePassword", oneTime).build().toString());

        assertEquals(200, reset.statusCode(), reset.body());
        assertTrue(QueueIT.json(reset.body()).getBoolean("pendingSetup"));
        assertEquals(401, reception.get("/api/staff/requests").statusCode());
        assertFalse(StaffSession.succeeded(reception.logIn()), "the old password no longer works");
        HttpResponse<String> first = StaffSession.logIn(new TimebokHttp(), reception.username(), oneTime, "");
        assertEquals("/staff/setup.xhtml", StaffAccounts.path(first), "the one-time password leads to setup only");
    }

    @Test
    void anAdministratorManagesOnlyAccountsOfTheirOwnClinics() {
        StaffSession bergenAdmin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession osloReception = StaffAccounts.reception(OSLO);
        long osloId = idOf(StaffAccounts.admin(), osloReception.username());

        List<String> listed = QueueIT.json("{\"a\":" + bergenAdmin.get(USERS).body() + "}").getJsonArray("a").stream()
                .map(a -> a.asJsonObject().getString("username")).toList();
        assertFalse(listed.contains(osloReception.username()), "Oslo's account is not listed for Bergen's admin");
        assertTrue(listed.contains(bergenAdmin.username()));

        assertEquals(404, bergenAdmin.get(USERS + "/" + osloId).statusCode());
        assertEquals(404, bergenAdmin.put(USERS + "/" + osloId, change("Kapret", List.of("reception"), List.of(BERGEN), false)).statusCode());
        assertEquals(404, bergenAdmin.post(USERS + "/" + osloId + "/reset", "{\"oneTimePassword\":\"another long phrase 123\"}").statusCode());
        assertEquals(200, osloReception.get("/api/staff/requests").statusCode(), "the Oslo account is untouched");

        HttpResponse<String> grab = bergenAdmin.post(USERS, StaffAccounts.account(StaffAccounts.uniqueUsername(), "one-time phrase 12345",
                List.of("reception"), List.of(OSLO)));
        assertEquals(Map.of("clinicIds", "staff.clinics.invalid"), fieldErrors(grab), "no accounts for another clinic");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        long self = idOf(admin, admin.username());

        assertEquals(Map.of("active", "staff.self.lockout"),
                fieldErrors(admin.put(USERS + "/" + self, change("Meg", List.of("admin"), List.of(BERGEN), false))));
        assertEquals(Map.of("roles", "staff.self.lockout"),
                fieldErrors(admin.put(USERS + "/" + self, change("Meg", List.of("reception"), List.of(BERGEN), true))));
        assertEquals(200, admin.get(USERS).statusCode(), "still an administrator");
    }

    @Test
    void theAccountsPageIsForAdministrators() {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);

        HttpResponse<String> page = admin.get("/staff/admin/users.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(reception.username()), "the page lists the clinic's accounts");
        assertFalse(page.body().contains("passwordHash") || page.body().contains("$pbkdf2"), "and never a password hash");
        assertEquals(403, reception.get("/staff/admin/users.xhtml").statusCode());
        assertEquals(403, reception.get(USERS).statusCode());
    }

    @Test
    void aRefusedAccessIsRecordedAsASecurityEvent() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(BERGEN));
        StaffSession reception = StaffAccounts.reception(BERGEN);
        long id = idOf(admin, reception.username());

        HttpResponse<String> byConstraint = reception.get("/api/staff/admin/setup");
        HttpResponse<String> byAnnotation = reception.post("/api/staff/retention/policies/free-text/runs", "{}");
        HttpResponse<String> page = reception.http().get("/staff/admin/users.xhtml");

        assertEquals(403, byConstraint.statusCode());
        assertTrue(byConstraint.body().contains("forbidden"), byConstraint.body());
        assertEquals(403, byAnnotation.statusCode());
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Ingen tilgang"), "a page, not a stack trace");
        for (String path : List.of("/api/staff/admin/setup", "/api/staff/retention/policies/free-text/runs", "/staff/admin/users.xhtml")) {
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM security_event WHERE kind = 'ACCESS_DENIED'"
                    + " AND staff_user_id = ? AND path = ?", id, path), path);
        }
    }

    private static long idOf(StaffSession admin, String username) {
        HttpResponse<String> list = admin.get(USERS);
        assertEquals(200, list.statusCode(), list.body());
        return QueueIT.json("{\"a\":" + list.body() + "}").getJsonArray("a").stream()
                .map(a -> a.asJsonObject())
                .filter(a -> a.getString("username").equals(username))
                .mapToLong(a -> a.getJsonNumber("id").longValue())
                .findFirst().orElseThrow(() -> new AssertionError(username + " is not listed"));
    }

    private static String change(String displayName, List<String> roles, List<Long> clinics, boolean active) {
        return Json.createObjectBuilder().add("displayName", displayName).add("roles", Json.createArrayBuilder(roles))
                .add("clinicIds", Json.createArrayBuilder(clinics)).add("active", active).build().toString();
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = QueueIT.json(response.body());
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }
}

package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import no.timebok.ear.GeneralLog;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a staff request costs at the database: the login's check is also the load of its member,
 * and a list's access log needs no transaction.
 */
@ExtendWith(TimebokDeployment.class)
class QueueStatementsIT {

    /** A read of the login or of the account's roles: the two lookups a staff request used to send. */
    private static final Pattern LOGIN_OR_MEMBER = Pattern.compile("(?is)^\\s*SELECT\\b.*\\b(staff_session|staff_user_role)\\b.*");

    @Test
    void theQueueApiChecksTheLoginAndLoadsTheMemberInOneSelect() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests?size=1").statusCode());

        List<GeneralLog.Sent> sent = GeneralLog.sentDuring(() -> assertEquals(200, reception.get("/api/staff/requests").statusCode()));

        assertOneLookup(sent);
        assertListLoggedWithoutTransaction(sent);
    }

    @Test
    void theQueuePageChecksTheLoginAndLoadsTheMemberInOneSelect() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.http().get("/staff/queue.xhtml").statusCode());

        List<GeneralLog.Sent> sent = GeneralLog.sentDuring(() -> assertEquals(200,
                reception.http().get("/staff/queue.xhtml").statusCode()));

        assertOneLookup(sent);
        assertListLoggedWithoutTransaction(sent);
    }

    /**
     * A name with a page's worth among the clinic's newest requests is read from them in one SELECT;
     * one with fewer is looked up in the name indexes as well.
     */
    @Test
    void aNameSearchReadsTheNewestRequestsAndTurnsToTheNameIndexesOnlyWhenTheyFallShort() throws Exception {
        String family = "Kfew" + java.util.UUID.randomUUID().toString().substring(0, 8);
        PatientRequests.atOslo(family, "Første");
        PatientRequests.atOslo(family, "Andre");
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, QueueIT.search(reception, family, null, 0, 1).statusCode());

        List<String> common = GeneralLog.during(() -> assertEquals(200, QueueIT.search(reception, family, null, 0, 1).statusCode()));
        List<String> rare = GeneralLog.during(() -> assertEquals(200, QueueIT.search(reception, family, null, 0, 2).statusCode()));

        assertEquals(1, nameSearches(common).size(), String.join("\n", common));
        assertEquals(2, nameSearches(rare).size(), String.join("\n", rare));
    }

    private static List<String> nameSearches(List<String> sent) {
        return sent.stream().filter(s -> s.startsWith("SELECT") && s.contains("booking_request") && s.contains("LIKE")).toList();
    }

    /**
     * The list's access-log entries go in autocommit: on their connection the INSERT is neither
     * opened by {@code set autocommit=0} nor followed by a {@code COMMIT}, the three statements a
     * transaction added to each list. (Timers may use the pool meanwhile, so only neighbours count.)
     */
    private static void assertListLoggedWithoutTransaction(List<GeneralLog.Sent> sent) {
        GeneralLog.Sent insert = sent.stream().filter(s -> s.text().startsWith("INSERT INTO access_log")).findFirst()
                .orElseThrow(() -> new AssertionError("no access-log entry for the list"));
        List<String> onItsConnection = sent.stream().filter(s -> s.connection() == insert.connection())
                .map(GeneralLog.Sent::text).toList();
        int at = onItsConnection.indexOf(insert.text());
        String before = at == 0 ? "" : onItsConnection.get(at - 1);
        String after = at == onItsConnection.size() - 1 ? "" : onItsConnection.get(at + 1);
        assertTrue(!before.equalsIgnoreCase("set autocommit=0") && !after.equalsIgnoreCase("COMMIT"),
                before + " / " + insert.text() + " / " + after);
    }

    private static void assertOneLookup(List<GeneralLog.Sent> sent) {
        List<String> lookups = sent.stream().map(GeneralLog.Sent::text).filter(s -> LOGIN_OR_MEMBER.matcher(s).matches()).toList();
        assertEquals(1, lookups.size(), String.join("\n", lookups));
        String lookup = lookups.get(0);
        assertTrue(lookup.contains("staff_session") && lookup.contains("staff_user_role")
                && lookup.contains("staff_user_clinic"), lookup);
    }
}

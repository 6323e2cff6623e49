package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import no.timebok.ear.GeneralLog;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a staff request costs at the database: the login's check is also the load of its member. */
@ExtendWith(TimebokDeployment.class)
class QueueStatementsIT {

    /** A read of the login or of the account's roles: the two lookups a staff request used to send. */
    private static final Pattern LOGIN_OR_MEMBER = Pattern.compile("(?is)^\\s*SELECT\\b.*\\b(staff_session|staff_user_role)\\b.*");

    @Test
    void theQueueApiChecksTheLoginAndLoadsTheMemberInOneSelect() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests?size=1").statusCode());

        List<String> sent = GeneralLog.during(() -> assertEquals(200, reception.get("/api/staff/requests").statusCode()));

        assertOneLookup(sent);
    }

    @Test
    void theQueuePageChecksTheLoginAndLoadsTheMemberInOneSelect() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.http().get("/staff/queue.xhtml").statusCode());

        List<String> sent = GeneralLog.during(() -> assertEquals(200, reception.http().get("/staff/queue.xhtml").statusCode()));

        assertOneLookup(sent);
    }

    private static void assertOneLookup(List<String> sent) {
        List<String> lookups = sent.stream().filter(s -> LOGIN_OR_MEMBER.matcher(s).matches()).toList();
        assertEquals(1, lookups.size(), String.join("\n", sent));
        String lookup = lookups.get(0);
        assertTrue(lookup.contains("staff_session") && lookup.contains("staff_user_role")
                && lookup.contains("staff_user_clinic"), lookup);
    }
}

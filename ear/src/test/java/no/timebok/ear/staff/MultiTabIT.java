package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A receptionist works in many tabs of one session. The 16th page opened used to expire the first
 * tab's view (Mojarra keeps 15 per session), and its next click answered 500.
 */
@ExtendWith(TimebokDeployment.class)
class MultiTabIT {

    private static final Pattern NOTES_FORM = Pattern.compile("<form id=\"notes-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void theFirstTabStillWorksAfterThirtyMoreRequestPagesWereOpened() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        BookingRequests.Submitted first = BookingRequests.request().submit();
        String firstTab = page(reception, first.id());
        for (int tab = 0; tab < 30; tab++) {
            page(reception, BookingRequests.request().submit().id());
        }

        HttpResponse<String> noted = addNote(reception, firstTab, "Ringt, ingen svar");

        assertTrue(noted.statusCode() == 200 || noted.statusCode() == 303, noted.statusCode() + ": " + noted.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request_note WHERE booking_request_id = ?", first.id()));
    }

    @Test
    void aPostFromAnExpiredViewGoesBackToTheSamePageWithAMessage() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        BookingRequests.Submitted request = BookingRequests.request().submit();
        String tab = page(reception, request.id());
        Matcher state = VIEW_STATE.matcher(tab);
        assertTrue(state.find());
        // A view the server never held, as one dropped long ago or by a restart.
        String expired = tab.replace(state.group(1), "-4711:-4712");

        HttpResponse<String> answer = addNote(reception, expired, "Ringt, ingen svar");

        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/staff/request.xhtml?id=" + request.id()), location);
        HttpResponse<String> back = reception.http().get(location.substring(location.indexOf("/staff/")));
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("Siden var utløpt"), back.body());
        assertTrue(back.body().contains(request.reference()), "the same request: " + back.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request_note WHERE booking_request_id = ?", request.id()));
    }

    private static String page(StaffSession staff, long requestId) {
        HttpResponse<String> page = staff.http().get("/staff/request.xhtml?id=" + requestId);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** Posts the notes form of a page as it was rendered, with that page's view state. */
    private static HttpResponse<String> addNote(StaffSession staff, String html, String text) {
        Matcher form = NOTES_FORM.matcher(html);
        Matcher state = VIEW_STATE.matcher(html);
        assertTrue(form.find() && state.find(), html);
        Map<String, String> post = new HashMap<>();
        post.put("notes-form", "notes-form");
        post.put("notes-form:text", text);
        post.put("notes-form:add-note", "x");
        post.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        return staff.http().postForm(form.group(1).replace("&amp;", "&"), post);
    }
}

package no.timebok.ear.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.staff.StaffSession;

/**
 * Clicks a button of a Faces page as a browser would: finds the button after a marker in the page
 * (such as a table row's {@code data-id}), and posts its form with the view state.
 */
public final class FacesForms {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FacesForms() {
    }

    /**
     * Opens {@code page}, then clicks the first button with CSS class {@code buttonClass} after
     * {@code marker}, with these other fields of its form filled in (names without the form's prefix).
     */
    public static HttpResponse<String> click(StaffSession staff, String page, String marker, String buttonClass, Map<String, String> fields) {
        HttpResponse<String> opened = staff.http().get(page);
        assertEquals(200, opened.statusCode(), page);
        String html = opened.body();
        int at = html.indexOf(marker);
        assertTrue(at >= 0, "no " + marker + " on " + page + ": " + html);
        Matcher button = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*class=\"[^\"]*\\b"
                + Pattern.quote(buttonClass) + "\\b").matcher(html);
        assertTrue(button.find(at), "no button ." + buttonClass + " after " + marker);
        String form = null;
        String action = null;
        Matcher forms = FORM.matcher(html);
        while (forms.find() && forms.start() < button.start()) {
            form = forms.group(1);
            action = forms.group(2).replace("&amp;", "&");
        }
        Matcher state = VIEW_STATE.matcher(html);
        assertTrue(form != null && state.find(), "a Faces form with its view state");
        Map<String, String> post = new HashMap<>();
        post.put(form, form);
        post.put("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&"));
        post.put(button.group(1), button.group(2));
        String prefix = form;
        fields.forEach((name, value) -> post.put(prefix + ":" + name, value));
        return staff.http().postForm(action, post);
    }
}

package no.timebok.booking.selfbooking.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.selfbooking.SelfBookingService;
import no.timebok.common.i18n.Language;

/**
 * {@code /times}: the kinds of visit a patient may pick a time for, then a week of free times with
 * links to the week before and after. Plain links and a GET form, so it works without JavaScript
 * and starts no session.
 */
@WebServlet(name = "FreeTimes", urlPatterns = FreeTimesServlet.PATH)
public class FreeTimesServlet extends HttpServlet {

    public static final String PATH = "/times";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfBookingService booking;

    @Inject
    transient TimesPage page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Language language = Language.of(request.getParameter("lang"));
        String chosen = request.getParameter("visitType");
        Optional<VisitType> type = booking.offering(chosen);
        if (type.isEmpty()) {
            boolean named = chosen != null && !chosen.isBlank();
            page.showChoice(request, response, named ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK, language,
                    named ? "times.visitType.unknown" : null);
            return;
        }
        page.showWeek(request, response, HttpServletResponse.SC_OK, type.get(), request.getParameter("week"), language, null,
                request.getContextPath() + PickedTimeServlet.PATH);
    }
}

package no.timebok.booking.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import no.timebok.booking.newsletter.MeasuringService;

/**
 * A newsletter copy's redirect to an address in its text. Only a signature of the copy's own
 * newsletter makes it redirect; anything else gets a plain 400 page and goes nowhere, so the
 * clinic's address cannot be used to send people to someone else's page. The referrer is
 * withheld from the target, which learns nothing of the copy.
 */
@WebServlet(name = "NewsletterRedirect", urlPatterns = MeasuringService.REDIRECT_PATH)
public class RedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeasuringService measuring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<URI> target = measuring.follow(request.getParameter("c"), request.getParameter("u"), request.getParameter("s"));
        if (target.isPresent()) {
            // A URI holds no CR or LF: the header cannot be split.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", target.get().toASCIIString());
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Lenken er ikke gyldig. / This link is not valid.\n");
    }
}

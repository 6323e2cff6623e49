package no.timebok.booking.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import no.timebok.booking.newsletter.MeasuringService;

/**
 * A newsletter copy's open marker: a transparent 1x1 GIF that records the copy's first open while
 * its recipient's consent stands. It answers the same image whatever the token, so it tells
 * nobody whether a token exists. No caching anywhere, or a second reader behind a proxy would be
 * served the proxy's copy and a first open could be lost.
 */
@WebServlet(name = "NewsletterOpenMarker", urlPatterns = MeasuringService.OPEN_PATH)
public class OpenMarkerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Inject
    transient MeasuringService measuring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        measuring.opened(request.getParameter("c"));
        response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
        response.setHeader("Pragma", "no-cache");
        response.setDateHeader("Expires", 0);
        response.setContentType("image/gif");
        // web.xml gives every response UTF-8, and Payara would append it to the image's type (as LogoServlet found).
        response.setCharacterEncoding(null);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(PIXEL.length);
        response.getOutputStream().write(PIXEL);
    }
}

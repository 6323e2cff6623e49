package no.timebok.booking.clinic.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.Logo;

/**
 * The clinic group's logo at {@code /logo}, which every public page's header shows. The type is
 * the one recognised from the image's own bytes at upload, never sniffed again by the browser.
 * Browsers keep it for a few minutes and then revalidate it by its ETag, so a new logo shows
 * within minutes without every page view fetching the image again. 404 while there is none.
 */
@WebServlet(name = "Logo", urlPatterns = LogoServlet.PATH)
public class LogoServlet extends HttpServlet {

    public static final String PATH = "/logo";
    private static final long serialVersionUID = 1L;
    private static final String CACHE = "public, max-age=300";

    @Inject
    transient ClinicRepository clinics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<Logo> logo = clinics.findLogo();
        if (logo.isEmpty()) {
            response.setHeader("Cache-Control", "no-cache");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String entityTag = logo.get().entityTag();
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("ETag", entityTag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (matches(request.getHeader("If-None-Match"), entityTag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] image = logo.get().bytes();
        response.setContentType(logo.get().mediaType());
        // web.xml gives every response UTF-8, and Payara appended it to the image's type too.
        response.setCharacterEncoding(null);
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }

    /** Whether the browser's copy is this one: If-None-Match lists tags, or is "*". */
    static boolean matches(String ifNoneMatch, String entityTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(entityTag) || candidate.equals("W/" + entityTag)) {
                return true;
            }
        }
        return false;
    }
}

package no.timebok.booking.platform.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.timebok.booking.platform.api.Problems;
import no.timebok.common.i18n.Language;

/**
 * Timebok's answer to every error status the container raises itself (a method a page does not
 * take, a body type the API does not read, an unknown address, an uncaught exception): a problem
 * document under {@code /api/}, a page elsewhere. Without it Payara shows its own page, which names
 * the server and its version. Reached only as web.xml's error page, never directly.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error/status";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedUri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (String.valueOf(failedUri).startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problems.MEDIA_TYPE);
            response.getWriter().write(Problems.body(status, "http-" + status, title(status), detail(status)));
            return;
        }
        // An included JSP cannot set the content type, so it is set here: without it the browser
        // (nosniff) showed the page's HTML source as text.
        response.setContentType("text/html;charset=UTF-8");
        if (request.getAttribute("lang") == null) {
            request.setAttribute("lang", Language.of(request.getParameter("lang")).tag());
        }
        String view = status == 404 ? "not-found" : status >= 500 ? "error" : "refused";
        // The views are read-only pages; a JSP answers only GET, POST and HEAD, and the failed
        // request may have been a PUT or a DELETE.
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").include(asGet(request), response);
    }

    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Body too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address answers application/json only.";
            case 413 -> "The body is larger than this address accepts.";
            case 415 -> "Send the body as application/json.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be handled.";
        };
    }
}

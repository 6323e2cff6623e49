package no.timebok.messaging.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Timebok's page for every error status the container raises in the messaging WAR (an unknown
 * address, a method a callback does not take), instead of Payara's own page, which names the server
 * and its version. Only the gateway calls this WAR, so one short bilingual page is enough. Reached
 * only as web.xml's error page, never directly.
 */
@WebServlet(name = "MessagingErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error/status";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"UTF-8\"><title>"
                + (status >= 500 ? "Noe gikk galt" : "Forespørselen kunne ikke behandles") + " – Timebok</title></head>"
                + "<body><main><h1>" + status + "</h1>"
                + "<p>Denne adressen svarer ikke på denne forespørselen.</p>"
                + "<p lang=\"en\">This address does not answer this request.</p></main></body></html>\n");
    }
}

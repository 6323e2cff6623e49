package no.timebok.booking.platform.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The public API's OpenAPI document, written by hand (openapi.yaml beside this class). Payara's own
 * /openapi is switched off (PayaraDomain): it published every staff resource and test probe, made
 * an empty schema of the request body, and adds a top-level "endpoints" field that the OpenAPI
 * specification does not allow, so its document never validated.
 */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] DOCUMENT = read();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(DOCUMENT.length);
        response.getOutputStream().write(DOCUMENT);
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocumentServlet.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing beside " + OpenApiDocumentServlet.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

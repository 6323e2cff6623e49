package no.timebok.booking.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Payara serves MicroProfile Metrics and Health inside the web module at the root context, which is
 * booking's, so booking's filters guard them. They tell an outsider the connection pools, the JVM
 * and which checks fail: only the operations clients (timebok.http.operations-clients: the load
 * balancer, monitoring) get them, found as {@link ClientAddress} finds any client, so a request
 * through the public proxy is a public one. Everyone else gets the site's own 404, as if there
 * were nothing there.
 */
@WebFilter(filterName = "OperationsEndpoints", urlPatterns = {"/metrics", "/metrics/*", "/health", "/health/*"})
public class OperationsEndpointsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientAddress clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (clients.isOperations(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

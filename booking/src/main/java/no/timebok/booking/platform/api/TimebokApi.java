package no.timebok.booking.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

@ApplicationPath("/api")
/** The JSON API; its public part is described at /openapi ({@link OpenApiDocumentServlet}). */
public class TimebokApi extends Application {

    /**
     * Jersey enforces {@code @RolesAllowed} on resources only with this feature; named by string so
     * the code depends on nothing outside Jakarta EE. A resource without the role answers 403. And
     * no WADL: OPTIONS would otherwise describe every staff resource to anyone who asks.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}

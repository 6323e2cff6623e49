package no.timebok.booking.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Timebok", version = "1",
        description = "Booking requests for the clinics of the group. Errors are RFC 9457 problem details."))
public class TimebokApi extends Application {

    /**
     * Jersey enforces {@code @RolesAllowed} on resources only with this feature; named by string so
     * the code depends on nothing outside Jakarta EE. A resource without the role answers 403.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

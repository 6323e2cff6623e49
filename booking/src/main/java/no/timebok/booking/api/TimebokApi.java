package no.timebok.booking.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Timebok", version = "1",
        description = "Booking requests for the clinics of the group. Errors are RFC 9457 problem details."))
public class TimebokApi extends Application {
}

package no.timebok.messaging.inbound;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The gateway's callbacks live under {@code /messaging/callbacks}. */
@ApplicationPath("/callbacks")
public class CallbackApplication extends Application {

    /** No WADL: OPTIONS would otherwise describe the callbacks to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

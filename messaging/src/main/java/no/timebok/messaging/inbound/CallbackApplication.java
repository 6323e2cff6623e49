package no.timebok.messaging.inbound;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The gateway's callbacks live under {@code /messaging/callbacks}. */
@ApplicationPath("/callbacks")
public class CallbackApplication extends Application {
}

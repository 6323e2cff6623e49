package no.timebok.messaging.schema;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import no.timebok.common.schema.ServingModules;

/**
 * Reports the messaging web module as serving once its servlet context has started, and withdraws it
 * when the module stops. Every module's readiness waits for it besides its own migration (see
 * {@link ServingModules}).
 */
@WebListener
public class MessagingServing implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent started) {
        ServingModules.started("messaging");
    }

    @Override
    public void contextDestroyed(ServletContextEvent stopping) {
        ServingModules.stopped("messaging");
    }
}

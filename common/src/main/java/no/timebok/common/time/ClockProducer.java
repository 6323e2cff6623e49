package no.timebok.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import no.timebok.common.config.TimebokConfig;

/**
 * Produces the application's {@link Clock}. Every class that needs "now" injects it, so a test can
 * replace this producer with a CDI alternative that holds a fixed or movable clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    TimebokConfig config;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(config.zone());
    }
}

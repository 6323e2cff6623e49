package no.timebok.ear.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import no.timebok.common.config.TimebokConfig;

/**
 * Replaces the application's clock in test deployments only: {@link TestClock#library()} packs this
 * class into a jar in the EAR's lib/, where a priority alternative wins for every module.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClockProducer {

    @Inject
    TimebokConfig config;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new FileControlledClock(FileControlledClock.defaultFile(), config.zone());
    }
}

package no.timebok.ear;

import java.io.File;
import no.timebok.ear.clock.TestClock;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The archive every end-to-end test deploys: the EAR exactly as the build assembled it, plus the
 * test clock, which follows the system clock until a test moves it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive timebokEar() {
        File ear = new File(System.getProperty("timebok.it.ear", "target/timebok.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear)
                .addAsLibrary(TestClock.library());
    }
}

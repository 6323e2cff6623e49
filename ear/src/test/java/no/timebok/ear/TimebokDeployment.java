package no.timebok.ear;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.peers.Peers;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Deploys the test EAR ({@link Deployments}) once for all end-to-end test classes of a run, into the
 * domain the build started, and undeploys it after the last one. A deployment per class, as
 * Arquillian makes them, cost about eight of the suite's twenty minutes; the tests never needed a
 * fresh application, since they share one database anyway. The SMS gateway and SMTP peers start
 * first, so the first message the application relays finds them.
 * <p>
 * The tests that are about starting the application (catch-up after an outage) stop and start it
 * with {@link #stopApplication()} and {@link #startApplication()}: a real stop, timers, singletons
 * and all, without a new deployment.
 */
public final class TimebokDeployment implements BeforeAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(TimebokDeployment.class);

    private static volatile Instant lastStart = Instant.EPOCH;
    private static volatile Duration lastStartTook;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Deployed.class, type -> Deployed.deploy(), Deployed.class);
    }

    /** Stops the application (its modules, timers and start-up beans), leaving it deployed. */
    public static void stopApplication() {
        domain().disable();
    }

    /** Starts the stopped application; returns when every module serves again. */
    public static void startApplication() {
        Instant began = Instant.now();
        lastStart = began;
        domain().enable();
        lastStartTook = Duration.between(began, Instant.now());
    }

    /** How long the last {@link #startApplication()} of this run took, if there was one. */
    public static Optional<Duration> lastStartTook() {
        return Optional.ofNullable(lastStartTook);
    }

    /**
     * Sets the application's configuration at domain level; a running application reads most keys
     * only at its next start, so stop it first and start it afterwards.
     */
    public static void setConfigProperties(java.util.Map<String, String> properties) {
        domain().setConfigProperties(properties);
    }

    /** Removes what {@link #setConfigProperties} set, so the defaults apply at the next start. */
    public static void deleteConfigProperties(java.util.Collection<String> names) {
        domain().deleteConfigProperties(names);
    }

    /** When the application was last deployed or started by these tests. */
    public static Instant lastStart() {
        return lastStart;
    }

    /** The domain the build started, driven through its admin port. */
    public static PayaraDomain domain() {
        return new PayaraDomain(Path.of(required("timebok.it.payaraHome")), Path.of(required("timebok.it.domainsDir")))
                .onAdminPort(Integer.parseInt(required("timebok.it.adminPort")));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the end-to-end tests"
                    + " through ./mvnw verify (ear/pom.xml sets it), e.g. ./mvnw verify -Dit.test=BookingFormIT");
        }
        return value;
    }

    /** The deployed application, undeployed when JUnit closes the root store at the end of the run. */
    static final class Deployed implements ExtensionContext.Store.CloseableResource {

        static Deployed deploy() {
            Peers.sms();
            Peers.mail();
            try {
                Path archive = Path.of(System.getProperty("timebok.it.work", "target/it"), "timebok-test.ear");
                Files.createDirectories(archive.getParent());
                Deployments.timebokEar().as(ZipExporter.class).exportTo(archive.toFile(), true);
                lastStart = Instant.now();
                domain().deploy(archive);
                return new Deployed();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            domain().undeploy();
        }
    }
}

package no.timebok.ear.peers;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/**
 * The peers of the integration tests, started once per test JVM on the ports the build reserved
 * and configured into the test domain (see ear/pom.xml), and kept until the JVM ends: the relay
 * runs all the time, so they must outlive any one test class.
 */
public final class Peers {

    /** The test domain's credentials and callback secret for the gateway (ear/pom.xml). */
    public static final String SMS_USER = "timebok-it";
    public static final String SMS_PASSWORD = "it-gateway-password";
    public static final String WEBHOOK_SECRET = "it-webhook-secret";

    private static FakeSveveGateway sms;
    private static MailPeer mail;

    private Peers() {
    }

    public static synchronized FakeSveveGateway sms() {
        if (sms == null) {
            sms = FakeSveveGateway.start(Integer.getInteger("timebok.it.smsPort", 18090), SMS_USER, SMS_PASSWORD);
        }
        return sms;
    }

    public static synchronized MailPeer mail() {
        if (mail == null) {
            mail = MailPeer.start(Integer.getInteger("timebok.it.smtpPort", 18025));
        }
        return mail;
    }

    /** Waits until the condition holds, or fails after {@code timeout} naming what it waited for. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}

package no.timebok.ear.dev;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.peers.SentMessagesPage;

/**
 * The local run's fake SMS gateway and GreenMail, each started only when no real gateway or SMTP
 * server is configured through the environment, with the page of what was sent.
 */
final class LocalPeers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalPeers.class.getName());
    private static final String USER = "timebok-dev";
    private static final String PASSWORD = "dev-gateway-password";

    private final Optional<FakeSveveGateway> sms;
    private final Optional<MailPeer> mail;

    private LocalPeers(Optional<FakeSveveGateway> sms, Optional<MailPeer> mail) {
        this.sms = sms;
        this.mail = mail;
    }

    /** Starts the fakes that are needed and adds their settings to {@code config}. */
    static LocalPeers startUnlessConfigured(Map<String, String> env, int httpPort, Map<String, String> config) {
        Optional<FakeSveveGateway> sms = Optional.empty();
        if (isBlank(env.get(environmentName(ConfigKey.SMS_URL)))) {
            FakeSveveGateway gateway = FakeSveveGateway.start(httpPort + 10, USER, PASSWORD);
            config.put(ConfigKey.SMS_URL.key(), "http://127.0.0.1:" + gateway.port());
            config.put(ConfigKey.SMS_USER.key(), USER);
            config.put(ConfigKey.SMS_PASSWORD.key(), PASSWORD);
            config.put(ConfigKey.SMS_WEBHOOK_SECRET.key(), "dev-webhook-secret");
            sms = Optional.of(gateway);
        } else {
            LOG.info("SMS go to the gateway configured in the environment; no fake gateway");
        }
        Optional<MailPeer> mail = Optional.empty();
        if (isBlank(env.get(environmentName(ConfigKey.SMTP_HOST)))) {
            MailPeer greenMail = MailPeer.start(httpPort - 55);
            config.put(ConfigKey.SMTP_HOST.key(), "127.0.0.1");
            config.put(ConfigKey.SMTP_PORT.key(), Integer.toString(greenMail.port()));
            config.put(ConfigKey.SMTP_STARTTLS.key(), "false");
            mail = Optional.of(greenMail);
        } else {
            LOG.info("Email goes to the SMTP server configured in the environment; no GreenMail");
        }
        LocalPeers peers = new LocalPeers(sms, mail);
        peers.sms.ifPresent(gateway -> SentMessagesPage.serve(gateway, peers.mail));
        return peers;
    }

    String pageUrl() {
        return sms.map(gateway -> "http://localhost:" + gateway.port() + "/").orElse("(real SMS gateway configured)");
    }

    private static String environmentName(ConfigKey key) {
        return key.key().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public void close() {
        sms.ifPresent(FakeSveveGateway::close);
        mail.ifPresent(MailPeer::close);
    }
}

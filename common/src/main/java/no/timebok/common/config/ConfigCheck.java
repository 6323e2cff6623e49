package no.timebok.common.config;

import java.time.Period;
import java.util.logging.Logger;

/**
 * The start-up check behind {@link TimebokConfig#verifyEveryKey()}: every key parsed by its
 * declared type, so no key can be forgotten, then the rules that involve more than one key.
 */
final class ConfigCheck {

    private static final Logger LOG = Logger.getLogger(ConfigCheck.class.getName());

    private final TimebokConfig config;

    ConfigCheck(TimebokConfig config) {
        this.config = config;
    }

    void run() {
        for (ConfigKey key : ConfigKey.values()) {
            config.find(key, key.type().valueClass());
        }
        boolean allowLonger = config.flag(ConfigKey.RETENTION_ALLOW_LONGER_THAN_POLICY);
        for (PublishedPolicy policy : PublishedPolicy.values()) {
            requireWithinPolicy(policy, config.find(policy.key(), Period.class).orElseThrow(), allowLonger);
        }
        config.journalAdapter();
    }

    private static void requireWithinPolicy(PublishedPolicy policy, Period configured, boolean allowLonger) {
        if (!policy.exceededBy(configured)) {
            return;
        }
        String override = ConfigKey.RETENTION_ALLOW_LONGER_THAN_POLICY.key();
        if (!allowLonger) {
            throw new MissingConfigurationException(policy.key(), configured + " keeps data longer than the published policy ("
                    + policy.promised() + "); shorten it, or set " + override + "=true if the policy has been changed");
        }
        LOG.warning(() -> "Retention " + policy.key().key() + "=" + configured + " is longer than the published policy ("
                + policy.promised() + "), allowed by " + override);
    }
}

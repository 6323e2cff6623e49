package no.timebok.common.config;

/** A required configuration key has no value; deployment must stop and say which key. */
public class MissingConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingConfigurationException(ConfigKey key) {
        super("Missing required configuration key '" + key.key() + "' (environment variable "
                + environmentName(key) + "). See the configuration table in README.md.");
    }

    public MissingConfigurationException(ConfigKey key, String problem) {
        super("Configuration key '" + key.key() + "' is invalid: " + problem);
    }

    static String environmentName(ConfigKey key) {
        return key.key().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}

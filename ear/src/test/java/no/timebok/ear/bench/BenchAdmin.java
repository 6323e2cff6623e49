package no.timebok.ear.bench;

import java.util.Map;
import no.timebok.common.config.ConfigKey;

/**
 * The bootstrap administrator of a benchmark's server, with a one-time password of this run, so a
 * benchmark sets up staff accounts through {@code StaffAccounts} the way a clinic does.
 */
final class BenchAdmin {

    private static final String USERNAME = "bench-admin";

    private final String oneTimePassword = "bench-first-login-" + Long.toString(System.nanoTime(), 36);

    /** The settings that create the administrator at the server's first start. */
    Map<String, String> config() {
        return Map.of(
                ConfigKey.STAFF_BOOTSTRAP_ADMIN_USERNAME.key(), USERNAME,
                ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD.key(), oneTimePassword);
    }

    /** Points {@code StaffAccounts} (which reads system properties, as in the ITs) at the started server. */
    void useFor(BenchStack stack) {
        System.setProperty("timebok.it.baseUrl", stack.baseUrl());
        System.setProperty("timebok.it.adminUser", USERNAME);
        System.setProperty("timebok.it.adminOneTimePassword", oneTimePassword);
    }
}

package no.timebok.ear.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TestDomainConfiguration;
import no.timebok.ear.dev.DatabaseSettings;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.dev.Readiness;

/**
 * Timebok as a clinic group installs it: the production EAR in a Payara domain of its own, on a
 * database with nothing in it. It gets the test domain's configuration without the demo data, on
 * ports and a data grid of its own, beside the test domain on the same MariaDB server. SMS go to a
 * port where nothing listens, so the shared SMS peer never sees an outbox id of this database.
 */
final class FreshInstallation implements AutoCloseable {

    private static final String DATABASE = "timebok_fresh";

    private final int portBase = Integer.getInteger("timebok.it.portbase", 18000) + 300;
    private final PayaraDomain domain = new PayaraDomain(Path.of(System.getProperty("timebok.it.payaraHome")),
            Path.of(System.getProperty("timebok.it.work"), "fresh-domains"));

    private FreshInstallation() {
    }

    /** Makes the database and the domain, deploys the EAR, and returns once every module serves. */
    static FreshInstallation start() throws Exception {
        FreshInstallation installation = new FreshInstallation();
        try {
            installation.create();
        } catch (Exception | Error failed) {
            installation.close();
            throw failed;
        }
        return installation;
    }

    String baseUrl() {
        return "http://localhost:" + (portBase + 80);
    }

    /** A count in the installation's own database. */
    long count(String sql, Object... parameters) throws Exception {
        try (var connection = TestDatabase.connect()) {
            connection.setCatalog(DATABASE);
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }

    private void create() throws Exception {
        TestDatabase.update("DROP DATABASE IF EXISTS " + DATABASE);
        TestDatabase.update("CREATE DATABASE " + DATABASE);
        TestDatabase.update("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO 'timebok'@'127.0.0.1'");
        Map<String, String> config = new TreeMap<>(TestDomainConfiguration.all());
        config.remove(ConfigKey.SCHEMA_DEMO_DATA.key());
        config.put(ConfigKey.SMS_URL.key(), "http://127.0.0.1:" + (portBase + 99));
        config.put(ConfigKey.CRYPTO_KEYSET_PATH.key(), System.getProperty("timebok.it.keyset"));
        String url = System.getProperty("timebok.it.dbUrl").replaceFirst("/timebok$", "/" + DATABASE);
        domain.create(portBase);
        domain.start();
        domain.nameGrid("timebok-fresh-" + portBase);
        domain.configure(new DatabaseSettings(url, "timebok", "timebok-local"), config);
        domain.deploy(Path.of(System.getProperty("timebok.it.ear")));
        Readiness.await(baseUrl(), Duration.ofMinutes(3));
    }

    /**
     * Kills the domain and removes it and its database: nothing of it outlives the test but its log,
     * kept as target/fresh-installation-server.log for a failure's reader.
     */
    @Override
    public void close() throws Exception {
        try {
            domain.stopLeftover();
            Path log = domain.domainDir().resolve("logs/server.log");
            if (Files.exists(log)) {
                Files.copy(log, Path.of("target", "fresh-installation-server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            PayaraDomain.deleteRecursively(domain.domainDir());
        } finally {
            TestDatabase.update("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }
}

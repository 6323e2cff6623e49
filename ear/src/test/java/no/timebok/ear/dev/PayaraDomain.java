package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A private Payara Server domain, made from scratch on every start so that no configuration from
 * an earlier run can linger. Everything is done through {@code asadmin}, as operations would.
 */
public final class PayaraDomain {

    private static final Logger LOG = Logger.getLogger(PayaraDomain.class.getName());
    static final String NAME = "timebok";
    static final String APPLICATION = "timebok";
    static final String POOL = "timebok-pool";
    static final String RESOURCE = "jdbc/timebok";

    private final Path payaraHome;
    private final Path domainsDir;
    private final Asadmin asadmin;
    private int adminPort = 4848;

    public PayaraDomain(Path payaraHome, Path domainsDir) {
        this.payaraHome = payaraHome.toAbsolutePath();
        this.domainsDir = domainsDir.toAbsolutePath();
        this.asadmin = new Asadmin(this.payaraHome.resolve("bin/asadmin"));
        if (!Files.isExecutable(this.payaraHome.resolve("bin/asadmin"))) {
            throw new IllegalStateException("No Payara Server at " + this.payaraHome
                    + ": run ./mvnw package (it unpacks fish.payara.distributions:payara) or check --payara-home");
        }
    }

    public Path domainDir() {
        return domainsDir.resolve(NAME);
    }

    /** Stops a server left behind by an earlier run that was killed, if this domain's is still up. */
    public void stopLeftover() {
        Path pidFile = domainDir().resolve("config/pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        LOG.info("Stopping a Payara server left from an earlier run of this domain");
        asadmin.runAllowingFailure("stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), NAME);
    }

    /** The running server's JVM, found through the domain's pid file. */
    public ProcessHandle serverProcess() {
        return serverProcess(domainDir());
    }

    /** The JVM of the server (the DAS or a node) whose instance root this is. */
    static ProcessHandle serverProcess(Path instanceRoot) {
        Path pidFile = instanceRoot.resolve("config/pid");
        return OwnProcesses.find(pidFile, "-Dcom.sun.aas.instanceRoot=" + instanceRoot)
                .orElseThrow(() -> new IllegalStateException("Payara Server does not run (no live process in " + pidFile + ")"));
    }

    Path payaraHome() {
        return payaraHome;
    }

    /** Creates a fresh domain whose ports all start at {@code portBase}, with the JDBC driver installed. */
    public void create(int portBase) {
        stopLeftover();
        deleteRecursively(domainDir());
        adminPort = portBase + 48;
        asadmin.run("create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--domaindir", domainsDir.toString(), NAME);
        installJdbcDriver();
        addJvmOptions();
    }

    /**
     * JVM options the build gives every server a test run starts ({@code timebok.it.serverJvmOptions},
     * blank-separated); none for a local run or a benchmark, which run as production does.
     */
    public static List<String> testRunJvmOptions() {
        String options = System.getProperty("timebok.it.serverJvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    public void start() {
        startOrRetry("start-domain");
    }

    /**
     * Now and then Payara's own start-up services fail ("Shutdown required" after an HK2
     * {@code WouldBlockException} on {@code InstanceStateServiceImpl}) and leave a server that
     * neither serves nor exits, so asadmin waits out its timeout; seen once in a clean-clone build,
     * before any test ran. Then the server is killed and started once more.
     */
    private void startOrRetry(String command) {
        try {
            asadmin.run(command, "--domaindir", domainsDir.toString(), NAME);
        } catch (IllegalStateException failed) {
            LOG.log(Level.WARNING, "asadmin " + command + " failed; killing the server and starting it once more", failed);
            stopLeftover();
            asadmin.run("start-domain", "--domaindir", domainsDir.toString(), NAME);
        }
    }

    /**
     * Points the domain at the database and sets what the application needs: the connection pool
     * and resource, the EJB timer store in MariaDB (on a fresh domain, before any timer exists), no
     * version banners, the scheme a TLS proxy forwards, and the application's configuration as a
     * domain-level config source.
     */
    public void configure(DatabaseSettings database, Map<String, String> configProperties) {
        remote("create-jdbc-connection-pool", "--datasourceclassname=org.mariadb.jdbc.MariaDbDataSource",
                "--restype=javax.sql.DataSource", "--steadypoolsize=4", "--maxpoolsize=32",
                "--isconnectvalidatereq=true", "--validationmethod=meta-data", "--failconnection=true",
                // Validating on every hand-out cost about a tenth of an intake request's CPU.
                "--validateatmostonceperiod=60",
                // READ COMMITTED takes no gap locks: under MariaDB's default REPEATABLE READ the
                // relay's FOR UPDATE SKIP LOCKED claim locked the gap new outbox rows go into, and
                // a booking queuing its confirmation could deadlock with it.
                "--isolationlevel=read-committed",
                "--property", database.asPoolProperties(), POOL);
        remote("create-jdbc-resource", "--connectionpoolid=" + POOL, RESOURCE);
        remote("set", serverSettings("server-config").toArray(String[]::new));
        // Timebok serves its own /openapi, the public API only (booking's OpenApiDocumentServlet).
        remote("set-openapi-configuration", "--enabled=false");
        setConfigProperties(configProperties);
        // Changed listener settings are otherwise applied lazily around the first deployment, when
        // the HTTP port can refuse connections for minutes (seen: "GrizzlyProxy is NULL"); a
        // restart applies them all at once.
        startOrRetry("restart-domain");
    }

    /**
     * What a server's configuration needs beyond Payara's defaults, for the DAS's {@code server-config}
     * and for each added node's own: the EJB timer store in MariaDB (on a fresh domain, before any
     * timer exists), no version banners, and the scheme a TLS proxy forwards.
     */
    static List<String> serverSettings(String config) {
        List<String> settings = new ArrayList<>(List.of(
                "configs.config." + config + ".ejb-container.ejb-timer-service.timer-datasource=" + RESOURCE));
        for (String listener : List.of("http-listener-1", "http-listener-2")) {
            String http = "configs.config." + config + ".network-config.protocols.protocol." + listener + ".http.";
            settings.add(http + "xpowered-by=false");
            settings.add(http + "server-header=false");
        }
        // Behind a TLS-terminating proxy the request's scheme is the proxy's X-Forwarded-Proto, so
        // the session cookie is Secure and pages carry HSTS. No SameSite here: the listener would
        // append its value to every cookie, also to one that carries its own (tb_csrf: Strict);
        // the session cookie's comes from glassfish-web.xml.
        settings.add("configs.config." + config + ".network-config.protocols.protocol.http-listener-1.http."
                + "scheme-mapping=X-Forwarded-Proto");
        return settings;
    }

    /**
     * Sets the application's configuration in one asadmin session: a JVM start per property cost
     * about two seconds each, the better part of a minute in all.
     */
    public void setConfigProperties(Map<String, String> configProperties) {
        if (configProperties.isEmpty()) {
            return;
        }
        StringBuilder commands = new StringBuilder();
        configProperties.forEach((name, value) -> commands.append("set-config-property --source=domain --propertyName=")
                .append(quoted(name)).append(" --propertyValue=").append(quoted(value)).append('\n'));
        try {
            // The file holds secrets (the gateway's password, the first admin's): createTempFile
            // makes it readable by its owner only.
            Path file = Files.createTempFile(domainDir().resolve("config"), "config-properties", ".asadmin");
            try {
                Files.writeString(file, commands);
                remote("multimode", "--file", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the configuration commands for asadmin", e);
        }
    }

    /** Removes domain-level configuration properties, so their defaults apply at the application's next start. */
    public void deleteConfigProperties(java.util.Collection<String> names) {
        for (String name : names) {
            remote("delete-config-property", "--source=domain", "--propertyName=" + name);
        }
    }

    /** asadmin's multimode splits a line at blanks; quotes keep such a value whole. */
    static String quoted(String value) {
        if (value.matches("[^\\s\"'\\\\]+")) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Names the domain's data grid, so that a second domain on this machine forms a grid of its own
     * instead of sharing the first one's rate limits. Applies from the next start.
     */
    public void nameGrid(String clusterName) {
        remote("set-hazelcast-configuration", "--clustername", clusterName);
    }

    /** This domain when it already runs, reached through its admin port. */
    public PayaraDomain onAdminPort(int port) {
        this.adminPort = port;
        return this;
    }

    public void deploy(Path ear) {
        remote("deploy", "--force=true", "--name", APPLICATION, ear.toAbsolutePath().toString());
    }

    public void undeploy() {
        remote("undeploy", APPLICATION);
    }

    /** Stops the deployed application without removing it; {@link #enable()} starts it again. */
    public void disable() {
        remote("disable", APPLICATION);
    }

    public void enable() {
        remote("enable", APPLICATION);
    }

    /**
     * Starts the domain of an earlier run when it was made with the same settings, so its deployed
     * application, and with it the persistent timers' identity, survive the restart. Otherwise
     * makes a fresh domain.
     */
    public void startReusing(int portBase, DatabaseSettings database, Map<String, String> configProperties) {
        Path fingerprintFile = domainDir().resolve("config/timebok-settings.sha256");
        String fingerprint = Fingerprints.of(portBase + "|" + database.url() + "|" + database.user() + "|"
                + database.password() + "|" + new java.util.TreeMap<>(configProperties));
        stopLeftover();
        adminPort = portBase + 48;
        if (fingerprint.equals(Fingerprints.read(fingerprintFile))) {
            start();
            return;
        }
        create(portBase);
        start();
        configure(database, configProperties);
        Fingerprints.write(fingerprintFile, fingerprint);
    }

    /** Whether this archive is other than the one deployed in the domain (or none is). */
    public boolean deployedDiffers(Path ear) {
        return !Fingerprints.ofFile(ear).equals(Fingerprints.read(domainDir().resolve("config/timebok-ear.sha256")));
    }

    /** Deploys the EAR unless this very archive is already deployed in the domain. */
    public void deployIfChanged(Path ear) {
        Path deployedFile = domainDir().resolve("config/timebok-ear.sha256");
        String fingerprint = Fingerprints.ofFile(ear);
        if (!deployedDiffers(ear)) {
            return;
        }
        // Undeploying first avoids a race in 'deploy --force' over the generated/ directories,
        // seen as "Cannot create scratch directory" on a reused domain.
        if (!Fingerprints.read(deployedFile).isEmpty()) {
            undeploy();
        }
        deploy(ear);
        Fingerprints.write(deployedFile, fingerprint);
    }

    public void stop() {
        asadmin.runAllowingFailure("stop-domain", "--domaindir", domainsDir.toString(), NAME);
    }

    private void installJdbcDriver() {
        try {
            Path driver = Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = domainDir().resolve("lib");
            Files.createDirectories(lib);
            Files.copy(driver, lib.resolve("mariadb-java-client.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the MariaDB JDBC driver into the domain", e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives the server a temporary directory of its own. Payara's admin interface saves an uploaded
     * archive as {@code java.io.tmpdir/<file name>} and deletes it afterwards, so two domains on one
     * machine (two checkouts running their integration tests at once) would otherwise deploy or
     * delete each other's {@code timebok.ear}. Done in domain.xml, before the first start, with
     * the test run's own JVM options.
     */
    private void addJvmOptions() {
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            Files.createDirectories(domainDir().resolve("tmp"));
            String xml = Files.readString(domainXml);
            int serverConfig = xml.indexOf("<config name=\"server-config\">");
            int javaConfig = xml.indexOf("<java-config", serverConfig);
            if (serverConfig < 0 || javaConfig < 0) {
                throw new IllegalStateException("No server-config java-config in " + domainXml);
            }
            int insertAt = xml.indexOf('>', javaConfig) + 1;
            StringBuilder options = new StringBuilder("\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>");
            testRunJvmOptions().forEach(option -> options.append("\n        <jvm-options>").append(option).append("</jvm-options>"));
            Files.writeString(domainXml, xml.substring(0, insertAt) + options + xml.substring(insertAt));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot give the domain its own temporary directory", e);
        }
    }

    /** A command for the running server, through its admin port. */
    void remote(String command, String... args) {
        asadmin.run(onAdminPort(command, args));
    }

    void remoteAllowingFailure(String command, String... args) {
        asadmin.runAllowingFailure(onAdminPort(command, args));
    }

    /** How many members the data grid has, as the DAS sees it: a node on a grid of its own is not counted. */
    public int gridSize() {
        return (int) asadmin.output(onAdminPort("list-hazelcast-cluster-members")).lines()
                .filter(line -> line.matches("\\S+\\s+\\S+\\s+(DAS|INSTANCE)\\s.*")).count();
    }

    private String[] onAdminPort(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--port";
        all[1] = Integer.toString(adminPort);
        all[2] = command;
        System.arraycopy(args, 0, all, 3, args.length);
        return all;
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * More nodes of the domain on this machine: standalone Payara instances that run the EAR beside
 * the DAS, on the same database and the same data grid. Each has its own configuration (Payara
 * copies {@code default-config}, which lacks what {@link PayaraDomain#configure} gave the DAS), so
 * it gets the same server settings, the JDBC resource, its own temporary directory, and its ports
 * (the data grid's included, which Payara otherwise starts at 5900 for every instance) from its
 * own port base.
 */
public final class PayaraNodes {

    private static final String NODE = "localhost-" + PayaraDomain.NAME;

    private final PayaraDomain domain;

    public PayaraNodes(PayaraDomain domain) {
        this.domain = domain;
    }

    /**
     * Makes the instance {@code name} (unless the domain has it), starts it, and gives it the
     * application (unless it has it). Returns when the instance runs; the application may still
     * be starting, so poll its readiness.
     */
    public void start(String name, int portBase) {
        start(name, portBase, Map.of());
    }

    /**
     * The same, with system properties for this node alone (MicroProfile Config reads them before
     * the domain's settings), given when the instance is made.
     */
    public void start(String name, int portBase, Map<String, String> systemProperties) {
        if (!hasServer(name)) {
            // A fresh domain forgets its instances, not their directories.
            PayaraDomain.deleteRecursively(instanceRoot(name));
            domain.remote("create-instance", "--node", NODE, "--portbase", Integer.toString(portBase),
                    "--dataGridStartPort", Integer.toString(portBase + 49), "--checkports=true", name);
            String config = name + "-config";
            domain.remote("set", PayaraDomain.serverSettings(config).toArray(String[]::new));
            // One asadmin call for all of them (it joins options with ':'): each call starts a JVM.
            List<String> options = new ArrayList<>(List.of("-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp"));
            PayaraDomain.testRunJvmOptions().forEach(option -> options.add(option.replace(":", "\\:")));
            domain.remote("create-jvm-options", "--target", config, String.join(":", options));
            systemProperties.forEach((key, value) -> domain.remote("create-jvm-options", "--target", config,
                    "-D" + key + "=" + value.replace(":", "\\:")));
            domain.remote("create-resource-ref", "--target", name, PayaraDomain.RESOURCE);
            createDirectories(instanceRoot(name).resolve("tmp"));
        }
        domain.remote("start-instance", name);
        if (!hasApplication(name)) {
            domain.remote("create-application-ref", "--target", name, PayaraDomain.APPLICATION);
        }
    }

    /**
     * Takes the application off every added node, so the DAS may replace it: Payara refuses to
     * undeploy from the DAS an application other servers still reference. {@link #start} gives it
     * back to each node it starts.
     */
    public void detachAll() {
        servers().forEach((name, xml) -> {
            if (!name.equals("server") && referencesApplication(xml)) {
                domain.remote("delete-application-ref", "--target", name, PayaraDomain.APPLICATION);
            }
        });
    }

    public void stop(String name) {
        domain.remoteAllowingFailure("stop-instance", name);
    }

    /**
     * Stops the node (if it still runs) and takes it out of the domain, application and all. A node
     * that was killed is not asked to stop: {@code stop-instance} would wait minutes for it.
     */
    public void remove(String name) {
        Path root = instanceRoot(name);
        if (OwnProcesses.find(root.resolve("config/pid"), "-Dcom.sun.aas.instanceRoot=" + root).isPresent()) {
            stop(name);
        }
        if (hasApplication(name)) {
            domain.remote("delete-application-ref", "--target", name, PayaraDomain.APPLICATION);
        }
        if (hasServer(name)) {
            domain.remote("delete-instance", name);
        }
    }

    /** The running instance's JVM, for the run to watch. */
    public ProcessHandle process(String name) {
        return PayaraDomain.serverProcess(instanceRoot(name));
    }

    public Path logFile(String name) {
        return instanceRoot(name).resolve("logs/server.log");
    }

    private Path instanceRoot(String name) {
        return domain.payaraHome().resolve("glassfish/nodes").resolve(NODE).resolve(name);
    }

    private boolean hasServer(String name) {
        return servers().containsKey(name);
    }

    private boolean hasApplication(String name) {
        return referencesApplication(servers().getOrDefault(name, ""));
    }

    private static boolean referencesApplication(String serverXml) {
        return serverXml.contains("ref=\"" + PayaraDomain.APPLICATION + "\"");
    }

    /** Each server's element in domain.xml by name; the DAS keeps the file current with every command. */
    private Map<String, String> servers() {
        try {
            Matcher server = Pattern.compile("<server [^>]*name=\"([^\"]+)\".*?</server>", Pattern.DOTALL)
                    .matcher(Files.readString(domain.domainDir().resolve("config/domain.xml")));
            Map<String, String> servers = new LinkedHashMap<>();
            while (server.find()) {
                servers.put(server.group(1), server.group());
            }
            return servers;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the domain's configuration", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

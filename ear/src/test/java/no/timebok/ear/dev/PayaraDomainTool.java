package no.timebok.ear.dev;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.crypto.Keysets;

/**
 * Command line for the build: {@code start} makes and starts a fresh domain wired to a database,
 * {@code stop} stops it. The integration tests' Maven phases call it; see ear/pom.xml.
 */
public final class PayaraDomainTool {

    private PayaraDomainTool() {
    }

    /** Repeatable {@code --config=key=value} arguments become domain-level config properties. */
    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: start|stop --payara-home=DIR --domains-dir=DIR [--portbase=N"
                    + " --db-url=URL --db-user=USER --db-password=PW --keyset=FILE]");
        }
        Map<String, String> options = options(args);
        PayaraDomain domain = new PayaraDomain(Path.of(require(options, "payara-home")), Path.of(require(options, "domains-dir")));
        switch (args[0]) {
            case "start" -> {
                Path keyset = Path.of(require(options, "keyset"));
                Keysets.createIfAbsent(keyset);
                domain.create(Integer.parseInt(require(options, "portbase")));
                domain.start();
                Map<String, String> config = new java.util.TreeMap<>(configArguments(args));
                config.put(ConfigKey.CRYPTO_KEYSET_PATH.key(), keyset.toAbsolutePath().toString());
                domain.configure(new DatabaseSettings(require(options, "db-url"), require(options, "db-user"),
                        options.getOrDefault("db-password", "")), config);
            }
            case "stop" -> domain.stop();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static Map<String, String> configArguments(String[] args) {
        Map<String, String> config = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--config=")) {
                String pair = arg.substring("--config=".length());
                int eq = pair.indexOf('=');
                config.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return config;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--config=")) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}

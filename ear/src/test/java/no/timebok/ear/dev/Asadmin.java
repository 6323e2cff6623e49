package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Payara's {@code asadmin}, run as a process with this JDK, its output shown or returned. */
final class Asadmin {

    private static final long TIMEOUT_MINUTES = 5;

    private final Path script;

    Asadmin(Path script) {
        this.script = script;
    }

    /** @throws IllegalStateException when the command fails; its output (shown) says why */
    void run(String... args) {
        int exit = exitCode(process(args).inheritIO(), args);
        if (exit != 0) {
            throw new IllegalStateException("asadmin " + commandName(args) + " failed with exit code " + exit
                    + " (see the output above)");
        }
    }

    void runAllowingFailure(String... args) {
        exitCode(process(args).inheritIO(), args);
    }

    /** What the command printed, for commands whose answer the caller reads. */
    String output(String... args) {
        try {
            Process process = process(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            await(process, args);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + script, e);
        }
    }

    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // asadmin and the server it starts use this JDK, not whatever 'java' is on the PATH.
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        return builder;
    }

    private int exitCode(ProcessBuilder builder, String... args) {
        try {
            Process process = builder.start();
            await(process, args);
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + script, e);
        }
    }

    private static void await(Process process, String... args) {
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + commandName(args) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running asadmin " + commandName(args), e);
        }
    }

    /** The command's name, for messages: the arguments may hold a password. */
    private static String commandName(String... args) {
        return args[0].equals("--port") ? args[2] : args[0];
    }
}

package no.timebok.ear.dev;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The foreground wait of a local run. It ends when one of the processes the run started dies (a
 * {@code kill -9}, a crash, the kernel's out-of-memory killer), so the run can say which and exit
 * instead of waiting silently on a dead server.
 */
final class StackWatch {

    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    StackWatch watch(String name, ProcessHandle process) {
        processes.put(name, process);
        return this;
    }

    /** Blocks until the first watched process has exited, and says which one it was. */
    String awaitFirstDeath() throws InterruptedException {
        CompletableFuture<?>[] exits = processes.entrySet().stream()
                .map(entry -> entry.getValue().onExit().thenApply(gone -> entry.getKey() + " (pid " + gone.pid() + ")"))
                .toArray(CompletableFuture[]::new);
        try {
            return (String) CompletableFuture.anyOf(exits).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot watch the run's processes", e.getCause());
        }
    }
}

package no.timebok.ear.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The CPU time of server JVMs between two instants, read from the operating system
 * ({@link ProcessHandle.Info#totalCpuDuration()}: user and system time of all their threads), and
 * how many SMS the fake gateway took between the same instants, since the relay works beside
 * whatever load is measured.
 */
final class CpuWindow implements LoadRun.Window {

    private final List<ProcessHandle> servers;
    private final IntSupplier smsTaken;
    private volatile Duration cpuAtOpen;
    private volatile Duration cpuAtClose;
    private volatile int smsAtOpen;
    private volatile int smsAtClose;
    private volatile boolean open;
    private final AtomicInteger served = new AtomicInteger();

    CpuWindow(List<ProcessHandle> servers, IntSupplier smsTaken) {
        this.servers = List.copyOf(servers);
        this.smsTaken = smsTaken;
    }

    @Override
    public void open() {
        smsAtOpen = smsTaken.getAsInt();
        cpuAtOpen = cpu();
        open = true;
    }

    @Override
    public void close() {
        open = false;
        cpuAtClose = cpu();
        smsAtClose = smsTaken.getAsInt();
    }

    /** The CPU time the servers spent on {@code units} of work done inside the window. */
    CpuCost costOf(long units) {
        if (cpuAtOpen == null || cpuAtClose == null) {
            throw new IllegalStateException("The window was not both opened and closed");
        }
        return new CpuCost(cpuAtClose.minus(cpuAtOpen), units);
    }

    /**
     * The client, counting its expected answers that arrive while the window is open: what each
     * node served when one load is split over several.
     */
    LoadRun.Client counting(LoadRun.Client client) {
        return n -> {
            boolean expected = client.send(n);
            if (expected && open) {
                served.incrementAndGet();
            }
            return expected;
        };
    }

    /** Expected answers counted by {@link #counting} clients while the window was open. */
    int servedInside() {
        return served.get();
    }

    int smsTakenInside() {
        return smsAtClose - smsAtOpen;
    }

    private Duration cpu() {
        Duration total = Duration.ZERO;
        for (ProcessHandle server : servers) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server JVM " + server.pid() + " is no longer running");
            }
            total = total.plus(server.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                    "The operating system does not tell the CPU time of process " + server.pid())));
        }
        return total;
    }
}

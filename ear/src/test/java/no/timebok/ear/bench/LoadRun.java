package no.timebok.ear.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: a fixed number of clients, each sending its next request when the last one
 * answered, first for a warm-up and then for the measured period.
 */
final class LoadRun {

    /** One client's work: send request number {@code n}, answer whether it got the expected status. */
    interface Client {
        boolean send(int n);
    }

    /** Something measured over exactly the measured period: opened as it starts, closed as it ends. */
    interface Window {
        void open();

        void close();
    }

    private static final Window NO_WINDOW = new Window() {
        @Override
        public void open() {
        }

        @Override
        public void close() {
        }
    };

    record Result(int completed, int unexpected, Duration measured, Latencies latencies) {

        double perSecond() {
            return completed / (measured.toNanos() / 1e9);
        }
    }

    static Result run(List<Client> clients, Duration warmUp, Duration measure) throws Exception {
        return run(clients, warmUp, measure, NO_WINDOW);
    }

    /** The same, with the window opened when the measured period starts and closed when it ends. */
    static Result run(List<Client> clients, Duration warmUp, Duration measure, Window window) throws Exception {
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            ScheduledFuture<?> opened = timer.schedule(window::open, measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS);
            ScheduledFuture<?> closed = timer.schedule(window::close, end - System.nanoTime(), TimeUnit.NANOSECONDS);
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(pool.submit(() -> loop(client, sequence, measureFrom, end, latencies, unexpected)));
            }
            for (Future<?> f : running) {
                f.get();
            }
            opened.get();
            closed.get();
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
        return new Result(latencies.count(), unexpected.get(), measure, latencies);
    }

    private static void loop(Client client, AtomicInteger sequence, long measureFrom, long end,
                             Latencies latencies, AtomicInteger unexpected) {
        Latencies own = new Latencies();
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                break;
            }
            boolean ok = client.send(sequence.incrementAndGet());
            long answered = System.nanoTime();
            if (sent >= measureFrom && answered <= end) {
                if (ok) {
                    own.add(answered - sent);
                } else {
                    unexpected.incrementAndGet();
                }
            }
        }
        latencies.addAll(own);
    }

    private LoadRun() {
    }
}

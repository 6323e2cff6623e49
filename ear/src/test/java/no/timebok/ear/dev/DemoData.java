package no.timebok.ear.dev;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo clinics the local run and the benchmarks start with ({@code ear/src/demo/booking}),
 * which production migrations no longer carry. Found from the repository root, where
 * {@code run.sh} and {@code bench.sh} start, or from {@code ear/}, where Maven runs a module.
 */
public final class DemoData {

    private DemoData() {
    }

    public static Path directory() {
        for (Path candidate : new Path[] {Path.of("ear/src/demo/booking"), Path.of("src/demo/booking")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("No demo data under ear/src/demo/booking; start from the repository root");
    }
}

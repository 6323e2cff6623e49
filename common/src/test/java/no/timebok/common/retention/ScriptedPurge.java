package no.timebok.common.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.timebok.common.testing.MovableClock;

/**
 * A purge whose chunks are given in advance, each taking some time on the test's clock. It records
 * what the runner asked of it; what rows it would touch (cutoff, legal holds) is the real purges'
 * business, not the runner's.
 */
final class ScriptedPurge implements RetentionPurge {

    record ChunkCall(Instant cutoff, Instant now, int limit) {
    }

    private final RetentionPolicy policy;
    private final MovableClock clock;
    /** A chunk's rows, and whether it ends somewhere even when it touched nothing (a chunk of held rows). */
    private record Scripted(Supplier<Map<String, Long>> rows, boolean heldOnly) {
    }

    private final Deque<Scripted> chunks = new ArrayDeque<>();
    Supplier<Map<String, Long>> prepare = Map::of;
    Duration chunkTakes = Duration.ofSeconds(2);
    final List<ChunkCall> chunkCalls = new ArrayList<>();
    final List<Instant> prepareCalls = new ArrayList<>();
    final List<Map<String, Position>> afters = new ArrayList<>();

    /** The table this purge reports its position in. */
    static final String MAIN = "main";

    ScriptedPurge(RetentionPolicy policy, MovableClock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @SafeVarargs
    final ScriptedPurge chunks(Map<String, Long>... results) {
        for (Map<String, Long> result : results) {
            chunks.add(new Scripted(() -> result, false));
        }
        return this;
    }

    ScriptedPurge thenChunk(Supplier<Map<String, Long>> result) {
        chunks.add(new Scripted(result, false));
        return this;
    }

    /** A chunk whose rows were all held: it touches nothing, yet more rows may follow it. */
    ScriptedPurge thenHeldChunk(Map<String, Long> zeros) {
        chunks.add(new Scripted(() -> zeros, true));
        return this;
    }

    @Override
    public RetentionPolicy policy() {
        return policy;
    }

    /** 21 days before {@code now}, as the free-text policy's default. */
    @Override
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(21));
    }

    @Override
    public Map<String, Long> count(Instant cutoff) {
        throw new UnsupportedOperationException("a run never counts");
    }

    @Override
    public Map<String, Long> prepare(Instant cutoff, Instant now) {
        prepareCalls.add(cutoff);
        return prepare.get();
    }

    @Override
    public Chunk purgeChunk(Instant cutoff, Instant now, int limit, Map<String, Position> after) {
        chunkCalls.add(new ChunkCall(cutoff, now, limit));
        afters.add(after);
        if (chunks.isEmpty()) {
            throw new AssertionError("the runner asked for a chunk after the purge reported nothing left");
        }
        Scripted scripted = chunks.poll();
        Map<String, Long> result = scripted.rows().get();
        // As a real purge reports its main table's last row: here the call's number, at the time it ran.
        Map<String, Position> last = scripted.heldOnly() || result.values().stream().anyMatch(count -> count > 0)
                ? Map.of(MAIN, new Position(now, chunkCalls.size()))
                : Map.of();
        clock.advance(chunkTakes);
        return new Chunk(result, last);
    }
}

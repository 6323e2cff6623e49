package no.timebok.common.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.RetentionReceipt.Outcome;
import no.timebok.common.retention.RetentionReceipt.Trigger;
import no.timebok.common.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetentionRunnerTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** 04:10 in Oslo on 10 June 2027: the free-text policy's scheduled time. */
    private static final Instant START = Instant.parse("2027-06-10T02:10:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final String TABLE = "booking_request.free_text";

    private final MovableClock clock = new MovableClock(START, OSLO);
    private final InMemoryReceipts receipts = new InMemoryReceipts();
    private final InMemoryLock lock = new InMemoryLock();
    private final List<Map<String, Long>> succeededRows = new ArrayList<>();
    private final List<Instant> succeededStarts = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private final RetentionRunner runner = new RetentionRunner();
    private final ScriptedPurge purge = new ScriptedPurge(RetentionPolicy.FREE_TEXT, clock);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    RetentionRunnerTest() {
        settings.put("timebok.retention.chunk-size", "5000");
        settings.put("timebok.retention.lock-lease", LEASE.toString());
        runner.receipts = receipts;
        runner.lock = lock;
        runner.metrics = new RetentionMetrics() {
            @Override
            synchronized void succeeded(RetentionPolicy policy, Instant start, Map<String, Long> rows) {
                succeededStarts.add(start);
                succeededRows.add(Map.copyOf(rows));
            }
        };
        runner.config = new TimebokConfig(key -> Optional.ofNullable(settings.get(key)));
        runner.clock = clock;
        Logger.getLogger(RetentionRunner.class.getName()).addHandler(logCapture);
    }

    @AfterEach
    void stopCapturingTheLog() {
        Logger.getLogger(RetentionRunner.class.getName()).removeHandler(logCapture);
    }

    private static Map<String, Long> rows(long count) {
        return Map.of(TABLE, count);
    }

    @Test
    void aRunPurgesChunkByChunkUntilAChunkFindsNothingAndReceiptsTheTotal() {
        purge.chunks(rows(5000), rows(5000), rows(1200), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.SUCCEEDED, receipt.outcome());
        assertEquals(Map.of(TABLE, 11_200L), receipt.rows());
        assertEquals(4, purge.chunkCalls.size());
        assertTrue(purge.chunkCalls.stream().allMatch(call -> call.limit() == 5000));
    }

    @Test
    void eachChunkIsAsLargeAsConfigured() {
        settings.put("timebok.retention.chunk-size", "250");
        purge.chunks(rows(250), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        assertEquals(List.of(250, 250), purge.chunkCalls.stream().map(ScriptedPurge.ChunkCall::limit).toList());
    }

    @Test
    void rowsAreCountedPerTableInTheOrderTheyWereFirstTouched() {
        purge.prepare = () -> Map.of("journal.transferred", 3L);
        purge.chunks(Map.of("outbox_message", 10L), Map.of("outbox_message", 4L, "inbound_message", 2L),
                Map.of("outbox_message", 0L, "inbound_message", 0L));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(List.of("journal.transferred", "outbox_message", "inbound_message"), List.copyOf(receipt.rows().keySet()));
        assertEquals(Map.of("journal.transferred", 3L, "outbox_message", 14L, "inbound_message", 2L), receipt.rows());
        assertEquals(19, receipt.totalRows());
    }

    @Test
    void theRunGoesOnWhileAnyTableOfAChunkHadRows() {
        purge.chunks(Map.of("a", 0L, "b", 7L), Map.of("a", 0L, "b", 0L));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(2, purge.chunkCalls.size());
        assertEquals(Map.of("a", 0L, "b", 7L), receipt.rows());
    }

    @Test
    void aPurgeThatReportsNoTablesIsDoneAfterOneChunk() {
        purge.chunks(Map.of());

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.SUCCEEDED, receipt.outcome());
        assertEquals(1, purge.chunkCalls.size());
        assertEquals(Map.of(), receipt.rows());
    }

    @Test
    void theReceiptSaysWhichRuleWhenWhereAndWhatStartedIt() {
        purge.chunks(rows(3), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.STAFF);

        assertEquals(RetentionPolicy.FREE_TEXT, receipt.policy());
        assertEquals(RetentionPolicy.FREE_TEXT.version(), receipt.policyVersion());
        assertEquals(Trigger.STAFF, receipt.trigger());
        assertEquals(START.minus(Duration.ofDays(21)), receipt.cutoff());
        assertEquals(START, receipt.startedAt());
        assertEquals(Optional.of(START.plusSeconds(4)), receipt.endedAt());
        assertEquals(RetentionRunner.nodeName(), receipt.node());
        assertEquals(Optional.empty(), receipt.detail());
        assertEquals(List.of(receipt), receipts.all());
    }

    @Test
    void theCutoffIsFixedAtTheStartWhileEachChunkIsToldTheTimeItRunsAt() {
        purge.chunks(rows(5000), rows(5000), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        Instant cutoff = START.minus(Duration.ofDays(21));
        assertEquals(List.of(
                new ScriptedPurge.ChunkCall(cutoff, START, 5000),
                new ScriptedPurge.ChunkCall(cutoff, START.plusSeconds(2), 5000),
                new ScriptedPurge.ChunkCall(cutoff, START.plusSeconds(4), 5000)), purge.chunkCalls);
        assertEquals(List.of(cutoff), purge.prepareCalls);
    }

    @Test
    void eachChunkStartsAfterWhereThePreviousOneEnded() {
        purge.chunks(rows(5000), rows(5000), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        assertEquals(List.of(Map.of(), Map.of(ScriptedPurge.MAIN, new RetentionPurge.Position(START, 1)),
                Map.of(ScriptedPurge.MAIN, new RetentionPurge.Position(START.plusSeconds(2), 2))), purge.afters);
    }

    @Test
    void aChunkOfHeldRowsThatTouchedNothingDoesNotEndTheRun() {
        purge.chunks(rows(5000)).thenHeldChunk(rows(0)).chunks(rows(1200), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(4, purge.chunkCalls.size());
        assertEquals(Outcome.SUCCEEDED, receipt.outcome());
        assertEquals(6200L, receipt.rows().get(TABLE));
    }

    @Test
    void aRunOfAPolicyAnotherRunHoldsIsSkippedWithAReceiptAndTouchesNothing() {
        lock.heldBy(RetentionPolicy.FREE_TEXT, "other-node#1", START.plusSeconds(60));
        purge.chunks(rows(5000), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.CATCH_UP);

        assertEquals(Outcome.SKIPPED_BUSY, receipt.outcome());
        assertEquals(Trigger.CATCH_UP, receipt.trigger());
        assertEquals(START.minus(Duration.ofDays(21)), receipt.cutoff());
        assertEquals(Optional.of(START), receipt.endedAt());
        assertEquals(Map.of(), receipt.rows());
        assertEquals(List.of(), purge.prepareCalls);
        assertEquals(List.of(), purge.chunkCalls);
        assertEquals("other-node#1", lock.lease(RetentionPolicy.FREE_TEXT).orElseThrow().holder());
        assertEquals(List.of(), succeededStarts);
    }

    @Test
    void aLeaseThatRanOutIsTakenOver() {
        lock.heldBy(RetentionPolicy.FREE_TEXT, "dead-node#1", START.minusSeconds(1));
        purge.chunks(rows(0));

        assertEquals(Outcome.SUCCEEDED, runner.run(purge, Trigger.SCHEDULE).outcome());
    }

    @Test
    void theRunThatTakesOverClosesTheDeadRunsReceiptWhichKeepsTheRowsItRecorded() {
        long dead = receipts.start(RetentionPolicy.FREE_TEXT, Trigger.SCHEDULE, START.minus(Duration.ofDays(22)),
                START.minus(LEASE), "dead-node", Outcome.RUNNING);
        receipts.progress(dead, Map.of(TABLE, 5000L));
        lock.heldBy(RetentionPolicy.FREE_TEXT, "dead-node#1", START.minusSeconds(1));
        purge.chunks(rows(42), rows(0));

        RetentionReceipt takeOver = runner.run(purge, Trigger.SCHEDULE);

        RetentionReceipt abandoned = receipts.find(dead).orElseThrow();
        assertEquals(Outcome.ABANDONED, abandoned.outcome());
        assertEquals(Optional.of(START), abandoned.endedAt());
        assertEquals(Map.of(TABLE, 5000L), abandoned.rows());
        assertEquals(Outcome.SUCCEEDED, takeOver.outcome());
        assertEquals(Map.of(TABLE, 42L), takeOver.rows());
    }

    @Test
    void theWatchFinishesTheWorkOfARunWhoseLeaseRanOutWithoutARelease() {
        lock.heldBy(RetentionPolicy.FREE_TEXT, "dead-node#1", START.minusSeconds(1));
        purge.chunks(rows(7), rows(0));

        RetentionReceipt takeOver = runner.takeOverAbandoned(purge).orElseThrow();

        assertEquals(Outcome.SUCCEEDED, takeOver.outcome());
        assertEquals(Trigger.CATCH_UP, takeOver.trigger());
        assertEquals(Map.of(TABLE, 7L), takeOver.rows());
        assertTrue(lock.lease(RetentionPolicy.FREE_TEXT).isEmpty(), "and released");
    }

    @Test
    void theWatchLeavesALiveRunAndAFreePolicyAlone() {
        assertTrue(runner.takeOverAbandoned(purge).isEmpty(), "nobody holds it");
        lock.heldBy(RetentionPolicy.FREE_TEXT, "live-node#1", START.plus(LEASE));

        assertTrue(runner.takeOverAbandoned(purge).isEmpty(), "its lease still runs");
        assertEquals(List.of(), purge.chunkCalls);
        assertEquals(List.of(), receipts.all());
    }

    @Test
    void aRunsReceiptCountsTheRowsOfEachChunkWhileItRuns() {
        List<Map<String, Long>> seenMidRun = new ArrayList<>();
        purge.chunks(rows(5000)).thenChunk(() -> {
            seenMidRun.add(receipts.all().get(0).rows());
            return rows(0);
        });

        runner.run(purge, Trigger.SCHEDULE);

        assertEquals(List.of(Map.of(TABLE, 5000L)), seenMidRun);
    }

    @Test
    void theLockIsTakenForOneLeaseAndRenewedFromTheCurrentTimeAfterEveryChunk() {
        purge.chunks(rows(5000), rows(5000), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        String holder = lock.acquiredBy.get(0);
        assertTrue(holder.startsWith(RetentionRunner.nodeName() + "#"), holder);
        assertEquals(List.of(START.plus(LEASE)), lock.acquiredUntil);
        assertEquals(List.of(START.plusSeconds(2).plus(LEASE), START.plusSeconds(4).plus(LEASE), START.plusSeconds(6).plus(LEASE)),
                lock.renewedUntil);
    }

    @Test
    void eachRunClaimsTheLockUnderAHolderOfItsOwn() {
        purge.chunks(rows(0), rows(0));

        runner.run(purge, Trigger.SCHEDULE);
        runner.run(purge, Trigger.STAFF);

        assertEquals(2, lock.acquiredBy.size());
        assertNotEquals(lock.acquiredBy.get(0), lock.acquiredBy.get(1));
    }

    @Test
    void theLockIsFreedAfterASuccessfulRun() {
        purge.chunks(rows(1), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void aFailedChunkEndsTheRunWithAFailedReceiptThatCountsWhatWasDoneAndNamesOnlyTheKindOfFailure() {
        purge.chunks(rows(5000)).thenChunk(() -> {
            throw new IllegalArgumentException("Duplicate entry '+4791234567' for key 'phone'");
        });

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.FAILED, receipt.outcome());
        assertEquals(Optional.of("java.lang.IllegalArgumentException"), receipt.detail());
        assertEquals(Map.of(TABLE, 5000L), receipt.rows());
        assertEquals(2, purge.chunkCalls.size());
        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
        assertEquals(List.of(), succeededStarts);
    }

    @Test
    void theLogOfAFailureQuotesNothingFromTheExceptionsMessage() {
        purge.thenChunk(() -> {
            throw new IllegalStateException("row of Kari Nordmann, +4791234567");
        });

        runner.run(purge, Trigger.SCHEDULE);

        SimpleFormatter formatter = new SimpleFormatter();
        List<String> lines = logged.stream().map(formatter::format).toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains("java.lang.IllegalStateException")), lines::toString);
        assertFalse(lines.stream().anyMatch(line -> line.contains("+4791234567") || line.contains("Kari")), lines::toString);
    }

    @Test
    void aFailureBeforeTheChunksErasesNothing() {
        purge.prepare = () -> {
            throw new UnsupportedOperationException("journal unreachable");
        };
        purge.chunks(rows(5000), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.FAILED, receipt.outcome());
        assertEquals(Optional.of("java.lang.UnsupportedOperationException"), receipt.detail());
        assertEquals(List.of(), purge.chunkCalls);
        assertEquals(Map.of(), receipt.rows());
    }

    @Test
    void aLeaseLostToAnotherNodeStopsTheRunAfterTheChunkInHand() {
        purge.chunks(rows(5000)).thenChunk(() -> {
            lock.heldBy(RetentionPolicy.FREE_TEXT, "other-node#2", START.plus(Duration.ofHours(1)));
            return rows(5000);
        }).chunks(rows(5000), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.FAILED, receipt.outcome());
        assertEquals(Optional.of("java.lang.IllegalStateException"), receipt.detail());
        assertEquals(Map.of(TABLE, 10_000L), receipt.rows());
        assertEquals(2, purge.chunkCalls.size());
        assertEquals("other-node#2", lock.lease(RetentionPolicy.FREE_TEXT).orElseThrow().holder());
    }

    @Test
    void anApplicationStoppingEndsTheRunBeforeItsNextChunkWithTheReceiptFinishedAndTheLockFreed() {
        purge.thenChunk(() -> {
            runner.stop();
            return rows(5000);
        }).chunks(rows(5000), rows(0));

        RetentionReceipt receipt = runner.run(purge, Trigger.SCHEDULE);

        assertEquals(Outcome.FAILED, receipt.outcome());
        assertEquals(Optional.of("java.lang.IllegalStateException"), receipt.detail());
        assertEquals(Map.of(TABLE, 5000L), receipt.rows());
        assertEquals(1, purge.chunkCalls.size());
        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void anErrorStillFinishesTheReceiptAndFreesTheLockBeforeItPropagates() {
        StackOverflowError error = new StackOverflowError();
        purge.chunks(rows(5000)).thenChunk(() -> {
            throw error;
        });

        assertSame(error, assertThrows(StackOverflowError.class, () -> runner.run(purge, Trigger.SCHEDULE)));

        RetentionReceipt receipt = receipts.all().get(0);
        assertEquals(Outcome.FAILED, receipt.outcome());
        assertEquals(Map.of(TABLE, 5000L), receipt.rows());
        assertTrue(receipt.endedAt().isPresent());
        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void whenTheReceiptCannotBeWrittenNothingIsErasedAndTheLockIsFreed() {
        receipts.failToStart = true;
        purge.chunks(rows(5000), rows(0));

        assertThrows(RetentionDatabaseException.class, () -> runner.run(purge, Trigger.SCHEDULE));

        assertEquals(List.of(), purge.prepareCalls);
        assertEquals(List.of(), purge.chunkCalls);
        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void whenTheReceiptCannotBeFinishedTheFailureIsRaisedAndTheLockIsStillFreed() {
        receipts.failToFinish = true;
        purge.chunks(rows(5000), rows(0));

        assertThrows(RetentionDatabaseException.class, () -> runner.run(purge, Trigger.SCHEDULE));

        assertEquals(Optional.empty(), lock.lease(RetentionPolicy.FREE_TEXT));
        assertEquals(Outcome.RUNNING, receipts.all().get(0).outcome());
    }

    @Test
    void aSuccessIsReportedToTheMetricsWithItsStartAndRows() {
        purge.chunks(rows(42), rows(0));

        runner.run(purge, Trigger.SCHEDULE);

        assertEquals(List.of(START), succeededStarts);
        assertEquals(List.of(Map.of(TABLE, 42L)), succeededRows);
    }

    @Test
    void aPolicyThatSucceededSinceItsLastScheduledTimeIsNotRunAgain() {
        receipts.add(RetentionPolicy.FREE_TEXT, START, Outcome.SUCCEEDED);
        clock.advance(Duration.ofHours(3));

        Optional<RetentionReceipt> receipt = runner.runIfOverdue(purge, Trigger.SCHEDULE);

        assertEquals(Optional.empty(), receipt);
        assertEquals(1, receipts.all().size());
        assertEquals(List.of(), lock.acquiredBy);
        assertEquals(List.of(), purge.chunkCalls);
        assertEquals(clock.instant(), lock.checkedAt.get(RetentionPolicy.FREE_TEXT), "a check that runs nothing is still recorded");
    }

    @Test
    void theCheckIsRecordedAtItsStartOnlyOnceTheRunItStartedIsOver() {
        Instant checkStarted = clock.instant();
        purge.chunks(rows(3)).thenChunk(() -> {
            assertEquals(null, lock.checkedAt.get(RetentionPolicy.FREE_TEXT), "not while the run is going");
            clock.advance(Duration.ofMinutes(2));
            return rows(0);
        });

        runner.runIfOverdue(purge, Trigger.SCHEDULE).orElseThrow();

        assertEquals(checkStarted, lock.checkedAt.get(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void aCheckWhoseRunFailsIsRecordedAndTheFailureStillPropagates() {
        StackOverflowError error = new StackOverflowError();
        purge.thenChunk(() -> {
            throw error;
        });

        assertSame(error, assertThrows(StackOverflowError.class, () -> runner.runIfOverdue(purge, Trigger.CATCH_UP)));

        assertEquals(START, lock.checkedAt.get(RetentionPolicy.FREE_TEXT));
    }

    @Test
    void aPolicyWhoseLastSuccessIsOlderThanItsLastScheduledTimeIsRun() {
        receipts.add(RetentionPolicy.FREE_TEXT, START.minus(Duration.ofDays(1)).minusSeconds(1), Outcome.SUCCEEDED);
        purge.chunks(rows(7), rows(0));

        RetentionReceipt receipt = runner.runIfOverdue(purge, Trigger.CATCH_UP).orElseThrow();

        assertEquals(Outcome.SUCCEEDED, receipt.outcome());
        assertEquals(Trigger.CATCH_UP, receipt.trigger());
        assertEquals(Map.of(TABLE, 7L), receipt.rows());
    }

    @Test
    void aFailedOrSkippedRunSinceTheScheduledTimeDoesNotCountAsDone() {
        receipts.add(RetentionPolicy.FREE_TEXT, START, Outcome.FAILED);
        receipts.add(RetentionPolicy.FREE_TEXT, START, Outcome.SKIPPED_BUSY);
        clock.advance(Duration.ofMinutes(5));
        purge.chunks(rows(0));

        assertEquals(Outcome.SUCCEEDED, runner.runIfOverdue(purge, Trigger.SCHEDULE).orElseThrow().outcome());
    }

    @Test
    void aPolicyThatNeverSucceededIsOverdue() {
        purge.chunks(rows(0));

        assertTrue(runner.runIfOverdue(purge, Trigger.CATCH_UP).isPresent());
    }

    @Test
    void anotherPolicysSuccessDoesNotCount() {
        receipts.add(RetentionPolicy.CONTACT_DATA, START, Outcome.SUCCEEDED);
        purge.chunks(rows(0));

        assertTrue(runner.runIfOverdue(purge, Trigger.SCHEDULE).isPresent());
    }
}

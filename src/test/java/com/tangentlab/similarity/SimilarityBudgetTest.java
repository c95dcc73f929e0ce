package com.tangentlab.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.submit.BusyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The work of a comparison is bounded: tokens compared, time, concurrent reports, and stopping on shutdown. */
class SimilarityBudgetTest {
    /** Far beyond what a test needs; work that honours its budget never gets near it. */
    private static final Duration LONG_BUDGET = Duration.ofSeconds(60);
    /** A generous bound on the answer of work the code itself stops at its budget. */
    private static final Duration SLACK = Duration.ofSeconds(10);

    @Test
    void aSubmissionOfExactlyTheTokenCapIsComparedWhole() throws IOException {
        Fingerprint whole = SimilarityMeasure.fingerprint(names(SimilarityMeasure.MAX_TOKENS), starter());
        assertEquals(SimilarityMeasure.MAX_TOKENS, whole.tokens().size());
        assertFalse(whole.capped());
        assertNull(SimilarityMeasure.compare(whole, whole, WorkBudget.of(LONG_BUDGET)).truncation().note());
    }

    @Test
    void oneTokenMoreIsCappedAndTheComparisonSaysSo() throws IOException {
        Fingerprint capped = SimilarityMeasure.fingerprint(names(SimilarityMeasure.MAX_TOKENS + 1), starter());
        assertEquals(SimilarityMeasure.MAX_TOKENS, capped.tokens().size());
        assertEquals(SimilarityMeasure.MAX_TOKENS + 1, capped.totalTokens());
        String note = SimilarityMeasure.compare(capped, capped, WorkBudget.of(LONG_BUDGET)).truncation().note();
        assertTrue(note.contains("only the first " + SimilarityMeasure.MAX_TOKENS + " tokens"), note);
    }

    @Test
    void anExhaustedBudgetStopsTilingAndTheNoteSaysTheSimilarityMayBeHigher() throws IOException {
        Fingerprint x = SimilarityMeasure.fingerprint(LongSubmissions.newtonStep("norm"), starter());
        SimilarityMeasure.Comparison c = SimilarityMeasure.compare(x, x, WorkBudget.of(Duration.ZERO));
        assertTrue(c.truncation().outOfTime());
        assertTrue(c.tiles().isEmpty());
        assertTrue(c.truncation().note().contains("time budget"), c.truncation().note());
    }

    @Test
    void anInterruptedThreadStopsTiling() throws IOException {
        Fingerprint x = SimilarityMeasure.fingerprint(LongSubmissions.newtonStep("norm"), starter());
        Thread.currentThread().interrupt();
        try {
            assertTrue(SimilarityMeasure.compare(x, x, WorkBudget.of(LONG_BUDGET)).truncation().outOfTime());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theFiftyEightKilobytePairIsComparedOverItsFirstTokensWithANote() throws IOException {
        String a = LongSubmissions.newtonStep("norm");
        String b = LongSubmissions.newtonStep("size");
        assertTrue(a.length() >= LongSubmissions.BYTES && a.length() < 64 * 1024);
        String[] starter = SimilarityMeasure.starterTexts(starter());
        SimilarityMeasure.Comparison c = SimilarityMeasure.compare(
                SimilarityMeasure.fingerprint(a, starter, WorkBudget.of(LONG_BUDGET)),
                SimilarityMeasure.fingerprint(b, starter, WorkBudget.of(LONG_BUDGET)), WorkBudget.of(LONG_BUDGET));
        assertFalse(c.truncation().outOfTime());
        assertEquals("only the first 2000 tokens of each submission were compared (they have 28042 and 28042)",
                c.truncation().note());
        assertEquals(1.0, c.similarity(), 1e-12, "renamed helpers are the same normalised tokens");
    }

    @Test
    void theFiftyEightKilobytePairAnswersWithinTheComparisonBudget() throws IOException {
        String a = LongSubmissions.newtonStep("norm");
        String b = LongSubmissions.newtonStep("size");
        long start = System.nanoTime();
        SimilarityMeasure.Comparison c = SimilarityMeasure.compare(SimilarityMeasure.fingerprint(a, starter()),
                SimilarityMeasure.fingerprint(b, starter()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // Two fingerprints and one comparison, each within the budget, and a generous margin for a loaded machine.
        assertTrue(took.compareTo(SimilarityMeasure.COMPARISON_BUDGET.multipliedBy(3).plus(SLACK)) < 0, "took " + took);
        assertTrue(c.truncation().note().startsWith("only the first"), c.truncation().note());
    }

    @Test
    void atMostTheConcurrentLimitOfReportsRunAndOneMoreIsBusy() throws Exception {
        try (SimilarityWorkers workers = new SimilarityWorkers()) {
            List<CompletableFuture<Boolean>> running = new ArrayList<>();
            for (int i = 0; i < SimilarityWorkers.CONCURRENT; i++) {
                running.add(CompletableFuture.supplyAsync(() -> workers.run(SimilarityBudgetTest::spin, LONG_BUDGET)));
            }
            awaitThreads(SimilarityWorkers.CONCURRENT);
            assertThrows(BusyException.class, () -> workers.run(() -> true, LONG_BUDGET));
            workers.close();
            for (CompletableFuture<Boolean> r : running) {
                assertTrue(r.get(SLACK.toSeconds(), TimeUnit.SECONDS), "the work saw its interruption");
            }
        }
        awaitThreads(0);
    }

    /** Work that only stops when its budget says so: here, when the workers close and interrupt it. */
    private static boolean spin() {
        WorkBudget budget = WorkBudget.of(LONG_BUDGET);
        while (!budget.exhausted()) Thread.onSpinWait();
        return Thread.currentThread().isInterrupted();
    }

    static void awaitThreads(int count) throws InterruptedException {
        long deadline = System.nanoTime() + SLACK.toNanos();
        while (similarityThreads() != count && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(count, similarityThreads());
    }

    static long similarityThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(SimilarityWorkers.THREAD_NAME)).count();
    }

    /** {@code count} identifiers, one token each. */
    private static String names(int count) {
        return "a ".repeat(count);
    }

    private static String starter() throws IOException {
        return Files.readString(Path.of("exercises/newton-step/starter.jsh"));
    }
}

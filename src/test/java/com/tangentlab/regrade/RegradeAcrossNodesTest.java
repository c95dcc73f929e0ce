package com.tangentlab.regrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.offering.Offerings;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.RegradeStore;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regrades shared by the nodes of one database: one runs at a time in the cluster, any node reads,
 * abandons and applies a run another node replays, and a run whose node stopped blocks nobody once its
 * lease has run out.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class RegradeAcrossNodesTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"),
            Path.of("reference/samples"));
    private static final Exercise EXERCISE = CATALOG.find("softmax-jacobian").orElseThrow();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A node that never renews its heartbeat within a test: as good as stopped. */
    private static final Duration NEVER = Duration.ofHours(1);
    private static final int SUBMISSIONS = 3;

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private DataSource data;
    /** The course the submissions were made in, where every regrade runs. */
    private long course;
    private final MovableClock clock = new MovableClock();
    /** Replays wait on it, so that a run stays running while a test looks at it. */
    private final CountDownLatch release = new CountDownLatch(1);
    /** Opens when a replay has begun, on any node. */
    private final CountDownLatch begun = new CountDownLatch(1);
    /** Replays the grader has finished, on any node. */
    private final AtomicInteger replayed = new AtomicInteger();
    private final List<Regrader> nodes = new ArrayList<>();
    private List<Long> graded;

    @BeforeEach
    void threeGradedSubmissions() {
        database = TestDatabase.fresh(kind);
        data = database.database().dataSource();
        course = new Offerings(data, clock).first().id();
        SubmissionStore store = new SubmissionStore(data, clock);
        graded = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            StoredSubmission s = store.add(new NewSubmission("student" + i, EXERCISE.id(), "code " + i, i,
                    SubmissionSource.WEB, null));
            store.recordGrade(s.id(), new Grade(Status.GRADED, 5, 10, "half", List.of(), List.of(), ""));
            graded.add(s.id());
        }
    }

    @AfterEach
    void close() {
        release.countDown();
        nodes.forEach(Regrader::close);
        database.close();
    }

    /** Every replay now scores full marks with one passed test, after the latch opens. */
    private Regrader.Grader waitingGrader() {
        return (exercise, code, seed) -> {
            begun.countDown();
            try {
                if (!release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) throw new IllegalStateException("stuck");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            replayed.incrementAndGet();
            return new Grade(Status.GRADED, 10, 10, "full marks", List.of(new TestResult("hidden 1", "hidden", true,
                    10, 10, null, null)), List.of(), "");
        };
    }

    private Regrader node(Duration heartbeat) {
        Regrader node = new Regrader(CATALOG, id -> new ClassSubmissions(data, id), new RegradeStore(data, clock), data, clock,
                waitingGrader(), () -> false, heartbeat);
        nodes.add(node);
        return node;
    }

    private Regrader node() {
        return node(Regrader.HEARTBEAT);
    }

    private RegradeRun awaitEnd(Regrader node, long id) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            RegradeRun run = node.find(course, id).orElseThrow();
            if (run.state() != RegradeState.RUNNING) return run;
            Thread.sleep(20);
        }
        throw new AssertionError("regrade " + id + " still running after " + PATIENCE);
    }

    @Test
    void twoStartsAtOnceOnTwoNodesStartOneRegrade() throws Exception {
        List<Regrader> two = List.of(node(), node());
        CyclicBarrier together = new CyclicBarrier(two.size());
        ExecutorService threads = Executors.newFixedThreadPool(two.size());
        try {
            List<Future<Optional<RegradeRun>>> starts = new ArrayList<>();
            for (Regrader n : two) starts.add(threads.submit(() -> {
                together.await();
                return n.start(course, EXERCISE, "instructor");
            }));
            List<RegradeRun> started = new ArrayList<>();
            for (Future<Optional<RegradeRun>> s : starts) s.get().ifPresent(started::add);
            assertEquals(1, started.size(), "one start wins, the other is refused");
            release.countDown();
            assertEquals(RegradeState.FINISHED, awaitEnd(two.get(1), started.get(0).id()).state());
            assertTrue(two.get(0).start(course, EXERCISE, "instructor").isPresent(), "once it finished, another may start");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRunReplayedOnOneNodeIsReadAndAppliedOnAnother() throws Exception {
        Regrader replaying = node();
        Regrader reading = node();
        long id = replaying.start(course, EXERCISE, "instructor").orElseThrow().id();
        RegradeRun running = reading.find(course, id).orElseThrow();
        assertEquals(RegradeState.RUNNING, running.state());
        assertEquals(SUBMISSIONS, running.total());
        assertEquals(Optional.empty(), reading.start(course, null, "other instructor"), "it is exclusive there too");

        release.countDown();
        RegradeRun finished = awaitEnd(reading, id);
        assertEquals(RegradeState.FINISHED, finished.state());
        assertEquals(graded, finished.rows().stream().map(r -> r.before().submission().id()).toList());
        assertEquals(List.of(new TestResult("hidden 1", "hidden", true, 10, 10, null, null)),
                finished.rows().get(0).after().tests(), "the whole new grade is kept, tests included");

        assertEquals(Optional.of(SUBMISSIONS), reading.apply(id, "instructor"));
        assertEquals(Optional.empty(), replaying.apply(id, "instructor"), "a report is applied once in the cluster");
        assertEquals(RegradeState.APPLIED, replaying.find(course, id).orElseThrow().state());
        assertEquals(10.0, new SubmissionStore(data, clock).grade(graded.get(0)).orElseThrow().score());
    }

    @Test
    void abandoningOnOneNodeStopsTheReplayOnAnother() throws Exception {
        Regrader replaying = node();
        Regrader other = node();
        long id = replaying.start(course, EXERCISE, "instructor").orElseThrow().id();
        assertTrue(begun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the first replay began");
        RegradeRun abandoned = other.abandon(id).orElseThrow();
        assertEquals(RegradeState.ABANDONED, abandoned.state());
        release.countDown();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (replayed.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        // Had the replaying node missed the abandon, it would replay the next two at once, the latch being open.
        Thread.sleep(300);
        assertEquals(1, replayed.get(), "the replay in progress ended, and no other began");
        assertEquals(0, replaying.find(course, id).orElseThrow().rows().size(), "the replaying node added nothing after");
        assertTrue(other.start(course, EXERCISE, "instructor").isPresent(), "an abandoned run blocks nobody");
    }

    @Test
    void aRunWhoseNodeStoppedBlocksRegradesUntilItsLeaseRunsOutAndNoLonger() throws Exception {
        Regrader stopped = node(NEVER);
        Regrader survivor = node();
        long id = stopped.start(course, EXERCISE, "instructor").orElseThrow().id();

        clock.advance(Regrader.LEASE);
        assertEquals(Optional.empty(), survivor.start(course, EXERCISE, "instructor"), "exactly one lease old: alive");
        assertEquals(RegradeState.RUNNING, survivor.find(course, id).orElseThrow().state());

        clock.advance(Duration.ofSeconds(1));
        RegradeRun lost = survivor.find(course, id).orElseThrow();
        assertEquals(RegradeState.FAILED, lost.state(), "a second more: its node counts as gone");
        assertEquals(Regrader.LOST_NODE, lost.failure());
        long next = survivor.start(course, EXERCISE, "instructor").orElseThrow().id();

        release.countDown();
        assertEquals(RegradeState.FINISHED, awaitEnd(survivor, next).state());
        assertEquals(0, survivor.find(course, id).orElseThrow().rows().size(), "the lost run takes no row when it wakes");
    }

    @Test
    void aRunReadAsFinishedFromAnotherNodeHoldsEveryRow() throws Exception {
        Regrader replaying = node();
        Regrader reading = node();
        release.countDown();
        for (int n = 0; n < 5; n++) {
            long id = replaying.start(course, EXERCISE, "instructor").orElseThrow().id();
            RegradeRun seen;
            do {
                seen = reading.find(course, id).orElseThrow();
                assertTrue(seen.rows().size() <= SUBMISSIONS);
            } while (seen.state() == RegradeState.RUNNING);
            assertEquals(RegradeState.FINISHED, seen.state());
            assertEquals(SUBMISSIONS, seen.rows().size(), "run " + n + " read as finished with a row missing");
        }
    }

    /** A clock that moves only when the test says so; the nodes' clocks agree. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}

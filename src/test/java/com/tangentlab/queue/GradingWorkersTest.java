package com.tangentlab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.check.Grader;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Grading workers over one database: when a worker's lease expires while it still grades (it stalled, and
 * its heartbeat with it), a second worker grades the same submission, and of the two grades exactly one is
 * recorded, on H2 and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class GradingWorkersTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"), Path.of("reference/samples"));
    /** Long in real time, so that no heartbeat runs during the test: the stepped clock alone expires leases. */
    private static final Duration LEASE = Duration.ofHours(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private SubmissionStore store;
    private final SteppedClock clock = new SteppedClock();

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(kind);
        store = new SubmissionStore(database.database().dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Grade gradeWithTests(double score, int tests) {
        List<TestResult> results = IntStream.range(0, tests)
                .mapToObj(i -> new TestResult("hidden " + i, "hidden", true, score / tests, 10.0 / tests, null, null))
                .toList();
        return new Grade(Status.GRADED, score, 10, "graded", results, List.of(), "");
    }

    @Test
    void twoWorkersGradingOneExpiredLeaseRecordExactlyOneGrade() throws Exception {
        StoredSubmission s = new SubmissionQueue(database.database().dataSource(), store).add(
                new NewSubmission("alice", "softmax-jacobian", "// code", 5, SubmissionSource.WEB, null),
                QueuePriority.STUDENT);
        CountDownLatch firstGrading = new CountDownLatch(1);
        CyclicBarrier bothGrading = new CyclicBarrier(2);
        List<WorkerEvent> events = new CopyOnWriteArrayList<>();
        Grader stalled = (exercise, code, seed) -> {
            firstGrading.countDown();
            await(bothGrading);
            return gradeWithTests(10, 4);
        };
        Grader second = (exercise, code, seed) -> {
            await(bothGrading);
            return gradeWithTests(3, 2);
        };
        Leases leases = new Leases(database.database().dataSource(), clock, LEASE, 3);
        try (GradingWorkers first = new GradingWorkers(CATALOG, stalled, store, leases, "first", 1, events::add)) {
            assertTrue(firstGrading.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the first worker claimed it");
            clock.advance(LEASE.plusSeconds(1));
            try (GradingWorkers other = new GradingWorkers(CATALOG, second, store, leases, "second", 1, events::add)) {
                awaitEvents(events, 4);
            }
        }

        List<WorkerEvent.Kind> outcomes = events.stream().map(WorkerEvent::kind)
                .filter(k -> k != WorkerEvent.Kind.CLAIMED).sorted().toList();
        assertEquals(List.of(WorkerEvent.Kind.GRADED, WorkerEvent.Kind.GRADED_ELSEWHERE), outcomes, events.toString());
        Grade recorded = store.grade(s.id()).orElseThrow();
        int expectedTests = recorded.score() == 10 ? 4 : 2;
        assertTrue(recorded.score() == 10 || recorded.score() == 3, "one of the two grades: " + recorded.score());
        assertEquals(expectedTests, recorded.tests().size(), "only the recorded grade's test rows exist");
        assertEquals(expectedTests, testRows(s.id()));
        assertEquals(2, claims(s.id()), "claimed once by each worker");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other worker never graded", e);
        }
    }

    private static void awaitEvents(List<WorkerEvent> events, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (events.size() < count && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(count, events.size(), "two claims and two outcomes: " + events);
    }

    private int testRows(long id) throws Exception {
        return count("SELECT COUNT(*) FROM test_results WHERE submission_id = ?", id);
    }

    private int claims(long id) throws Exception {
        return count("SELECT claims FROM submissions WHERE id = ?", id);
    }

    private int count(String sql, long id) throws Exception {
        try (Connection c = database.database().dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}

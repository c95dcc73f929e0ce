package com.tangentlab.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.check.Grader;
import com.tangentlab.check.GradingFailedException;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.queue.GradingWorkers;
import com.tangentlab.queue.Leases;
import com.tangentlab.queue.SubmissionQueue;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grading queue when the grader throws: a submission never stays "running"; one the grader failed on
 * ends failed with its reason and leaves the queue, while one stopped by a fault of the server goes back to
 * the queue, and after as many faults as claims allowed ends failed too instead of looping.
 */
class GradingQueueFailureTest {
    private static final ExerciseCatalog CATALOG = ExerciseCatalog.load(Path.of("exercises"), Path.of("reference/samples"));
    private static final Exercise EXERCISE = CATALOG.find("softmax-jacobian").orElseThrow();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Short, so that a submission given back after a fault is claimed again within the test. */
    private static final Duration LEASE = Duration.ofMillis(300);
    private static final int MAX_CLAIMS = 2;

    /** Fails on code that asks for it, the way the judge and the server can; grades anything else at once. */
    private static final Grader GRADER = (exercise, source, seed) -> {
        if (source.contains("judge")) throw new GradingFailedException(new StackOverflowError("deep\n\tat javac"));
        if (source.contains("server")) throw new OutOfMemoryError("the server's own heap");
        return Grade.failed(Status.COMPILE_ERROR, exercise.points(), "compile error at line 1: nothing here");
    };

    private Database database;
    private long course;
    private SubmissionStore store;

    @BeforeEach
    void openDatabase() {
        database = Database.open("jdbc:h2:mem:queue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = new SubmissionStore(database.dataSource(), Clock.systemUTC());
        course = new Offerings(database.dataSource(), Clock.systemUTC()).first().id();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private GradingQueue queue() {
        Leases leases = new Leases(database.dataSource(), Clock.systemUTC(), LEASE, MAX_CLAIMS);
        GradingWorkers workers = new GradingWorkers(CATALOG, GRADER, store, leases, "test-worker", 1, event -> { });
        return new GradingQueue(new SubmissionQueue(database.dataSource(), store), leases, workers,
                new RateLimiter(database.dataSource(), "submissions", 100, Duration.ofMinutes(1), Clock.systemUTC()), () -> 1L,
                new GradingQueue.Limits(10, 1));
    }

    private Progress progressOf(GradingQueue queue, long id) {
        return queue.progress(id, store.grade(id).isPresent(), store.failure(id).isPresent());
    }

    private Progress awaitEnd(GradingQueue queue, long id) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Progress p = progressOf(queue, id);
            if (p == Progress.DONE || p == Progress.FAILED) return p;
            Thread.sleep(20);
        }
        throw new AssertionError("submission " + id + " is still " + progressOf(queue, id));
    }

    @Test
    void aSubmissionTheGraderFailsOnEndsFailedWithItsReasonAndIsNotGradedAgain() throws Exception {
        StoredSubmission failing;
        StoredSubmission next;
        try (GradingQueue queue = queue()) {
            failing = queue.submit(course, "mallory", EXERCISE, "// breaks the judge");
            next = queue.submit(course, "alice", EXERCISE, "// fine");
            assertEquals(Progress.FAILED, awaitEnd(queue, failing.id()));
            assertEquals(Progress.DONE, awaitEnd(queue, next.id()), "the queue goes on after a failure");
        }
        assertEquals(Optional.of("the grader failed on this submission: StackOverflowError: deep"),
                store.failure(failing.id()));
        assertEquals(Optional.empty(), store.grade(failing.id()));
        try (GradingQueue restarted = queue()) {
            assertEquals(0, restarted.resumeUngraded(), "a failed submission is not queued again");
            assertEquals(Progress.FAILED, progressOf(restarted, failing.id()));
        }
    }

    @Test
    void aFaultOfTheServerGoesBackToTheQueueAndEndsFailedOnceItsClaimsAreSpent() throws Exception {
        try (GradingQueue queue = queue()) {
            StoredSubmission s = queue.submit(course, "alice", EXERCISE, "// the server fails");
            assertEquals(Progress.FAILED, awaitEnd(queue, s.id()), "never left running, never looping");
            assertEquals(Optional.of("the grader stopped 2 times while grading this submission (its worker or its"
                    + " agent died each time); it is not graded again by itself"), store.failure(s.id()));
            StoredSubmission next = queue.submit(course, "bob", EXERCISE, "// fine");
            assertEquals(Progress.DONE, awaitEnd(queue, next.id()));
        }
    }
}

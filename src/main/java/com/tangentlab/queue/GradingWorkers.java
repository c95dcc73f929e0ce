package com.tangentlab.queue;

import com.tangentlab.check.Grader;
import com.tangentlab.check.GradingFailedException;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that grade from the shared queue: each claims a submission, grades it outside any transaction
 * while one heartbeat extends every lease this process holds, and records the grade only if the submission
 * has none yet. Idle threads poll with back-off, and {@link #wake()} (a submission accepted by this process)
 * ends the wait at once. Closing lets the grades in progress finish, then gives back whatever is left.
 */
public final class GradingWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradingWorkers.class);
    /** The first wait of an idle thread, short so that a submission from another node is claimed soon. */
    static final Duration FIRST_POLL = Duration.ofMillis(50);
    /** The longest wait of an idle thread: what a submission accepted by another node may wait for a claim. */
    static final Duration LAST_POLL = Duration.ofSeconds(1);
    /** Heartbeats per lease, so that two may be missed (a pause, a slow database) before a lease expires. */
    private static final int HEARTBEATS_PER_LEASE = 3;
    private static final long SHUTDOWN_GRACE_SECONDS = 15;

    private final ExerciseCatalog catalog;
    private final Grader judge;
    private final SubmissionStore store;
    private final Leases leases;
    private final String owner;
    private final int threads;
    private final Consumer<WorkerEvent> events;
    private final ExecutorService pool;
    private final ScheduledExecutorService heartbeat;
    private final Semaphore hints = new Semaphore(0);
    private volatile boolean closing;

    /**
     * @param owner   names this process's leases in the database: unique among every worker of the site
     * @param threads submissions graded at once; 0 grades nothing (a web-only node)
     * @param events  hears one event per claim and per outcome
     */
    public GradingWorkers(ExerciseCatalog catalog, Grader judge, SubmissionStore store, Leases leases, String owner,
            int threads, Consumer<WorkerEvent> events) {
        if (threads < 0) throw new IllegalArgumentException("workers must be 0 or more, not " + threads);
        this.catalog = catalog;
        this.judge = judge;
        this.store = store;
        this.leases = leases;
        this.owner = owner;
        this.threads = threads;
        this.events = events;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), daemon("grading-worker"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("lease-heartbeat"));
        for (int i = 0; i < threads; i++) pool.execute(this::work);
        long beat = Math.max(1, leases.lease().toMillis() / HEARTBEATS_PER_LEASE);
        if (threads > 0) heartbeat.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    public String owner() {
        return owner;
    }

    public int threads() {
        return threads;
    }

    /** A hint that work was queued: idle threads look at once instead of at their next poll. */
    public void wake() {
        if (hints.availablePermits() < threads) hints.release(threads);
    }

    private void work() {
        Duration wait = FIRST_POLL;
        while (!closing) {
            try {
                Optional<Claim> claim = leases.claim(owner);
                if (claim.isPresent()) {
                    handle(claim.get());
                    wait = FIRST_POLL;
                    continue;
                }
            } catch (Throwable e) {
                // The database is unreachable or refused the claim: this thread waits and tries again.
                LOG.error("claiming a queued submission failed: {}", GradingFailedException.oneLine(e));
            }
            if (!idle(wait)) return;
            wait = wait.multipliedBy(2).compareTo(LAST_POLL) > 0 ? LAST_POLL : wait.multipliedBy(2);
        }
    }

    /** Waits up to {@code wait} for a hint; false when interrupted, which only closing does. */
    private boolean idle(Duration wait) {
        try {
            if (hints.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) hints.drainPermits();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void handle(Claim claim) {
        if (claim instanceof Claim.GaveUp gaveUp) {
            events.accept(new WorkerEvent(WorkerEvent.Kind.FAILED, gaveUp.submissionId(), gaveUp.student(),
                    gaveUp.exerciseId(), gaveUp.reason()));
        } else if (claim instanceof Claim.Granted granted) {
            StoredSubmission s = granted.submission();
            event(WorkerEvent.Kind.CLAIMED, s, "claim " + granted.attempt());
            try {
                grade(s);
            } catch (Throwable e) {
                retryLater(s, e);
            }
        }
    }

    private void grade(StoredSubmission s) {
        Optional<Exercise> exercise = catalog.find(s.exerciseId());
        if (exercise.isEmpty()) {
            fail(s, "no exercise has the id \"" + s.exerciseId() + "\" on the grading worker");
            return;
        }
        Grade grade;
        try {
            grade = judge.grade(exercise.get(), s.code(), s.seed());
        } catch (GradingFailedException e) {
            fail(s, e.getMessage());
            return;
        }
        if (store.tryRecordGrade(s.id(), grade)) {
            event(WorkerEvent.Kind.GRADED, s, grade.status().label() + " " + grade.score() + "/" + grade.maxScore());
        } else {
            event(WorkerEvent.Kind.GRADED_ELSEWHERE, s, "");
        }
    }

    private void fail(StoredSubmission s, String reason) {
        store.recordFailure(s.id(), reason);
        event(WorkerEvent.Kind.FAILED, s, reason);
    }

    /** A fault of this machine (no sandbox, no database, no memory): the submission is tried again later. */
    private void retryLater(StoredSubmission s, Throwable e) {
        LOG.error("grading submission {} of {} to {} failed", s.id(), s.student(), s.exerciseId(), e);
        try {
            leases.retryLater(s.id(), owner);
        } catch (Throwable again) {
            LOG.error("cannot give submission {} back; its lease expires by itself: {}", s.id(),
                    GradingFailedException.oneLine(again));
        }
        event(WorkerEvent.Kind.RETRY_LATER, s, GradingFailedException.oneLine(e));
    }

    private void beat() {
        try {
            leases.extend(owner);
        } catch (Throwable e) {
            LOG.error("the lease heartbeat failed: {}", GradingFailedException.oneLine(e));
        }
    }

    private void event(WorkerEvent.Kind kind, StoredSubmission s, String detail) {
        try {
            events.accept(new WorkerEvent(kind, s.id(), s.student(), s.exerciseId(), detail));
        } catch (RuntimeException e) {
            LOG.warn("a worker event could not be told: {}", e.getMessage());
        }
    }

    /**
     * Stops claiming, lets the grades in progress finish (their leases still extended), then gives back the
     * leases of any still running, so that another worker grades them at once.
     */
    @Override
    public void close() {
        closing = true;
        wake();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("grading workers still busy after {} s; their submissions go back to the queue",
                        SHUTDOWN_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeat.shutdownNow();
            releaseLeft();
            pool.shutdownNow();
        }
    }

    private void releaseLeft() {
        try {
            int released = leases.releaseAll(owner);
            if (released > 0) LOG.info("gave {} submission(s) back to the queue", released);
        } catch (Throwable e) {
            LOG.error("cannot give the leases back; they expire by themselves: {}", GradingFailedException.oneLine(e));
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}

package com.tangentlab.submit;

import com.tangentlab.check.Grader;
import com.tangentlab.check.GradingFailedException;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web submissions: accepted only within the user's rate limit and the queue's capacity,
 * stored before anything else, then graded by a fixed pool of workers. A submission is
 * ungraded in the database until its grade is recorded, so one the server did not get to
 * before stopping is graded at the next start ({@link #resumeUngraded()}). Work the server
 * brings in bulk (the demo class) waits behind every student submission, so a student is
 * delayed by at most one grade already in progress.
 */
public final class GradingQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradingQueue.class);
    private static final long SHUTDOWN_GRACE_SECONDS = 15;

    private final ExerciseCatalog catalog;
    private final Grader judge;
    private final SubmissionStore store;
    private final RateLimiter rateLimiter;
    private final LongSupplier seeds;
    /** One permit per submission accepted and not yet graded. */
    private final Semaphore capacity;
    private final long retryWhenFullSeconds;
    private final ThreadPoolExecutor workers;
    /** Submissions accepted by this process and not yet done; absent means done or from before a restart. */
    private final Map<Long, Progress> inFlight = new ConcurrentHashMap<>();
    /** Students' submissions queued or being graded. */
    private final AtomicInteger studentWork = new AtomicInteger();
    /** Orders jobs of one priority first come, first served. */
    private final AtomicLong arrivals = new AtomicLong();

    /**
     * @param retryWhenFullSeconds what a refused user is told to wait when the queue is full
     */
    public GradingQueue(ExerciseCatalog catalog, Grader judge, SubmissionStore store, RateLimiter rateLimiter,
            LongSupplier seeds, int workerCount, int queueCapacity, long retryWhenFullSeconds) {
        this.catalog = catalog;
        this.judge = judge;
        this.store = store;
        this.rateLimiter = rateLimiter;
        this.seeds = seeds;
        this.capacity = new Semaphore(queueCapacity);
        this.retryWhenFullSeconds = retryWhenFullSeconds;
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "grading-worker");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Stores {@code code} as {@code username}'s submission of {@code exercise} and queues it,
     * or throws {@link BusyException} having stored nothing.
     */
    public StoredSubmission submit(String username, Exercise exercise, String code) {
        rateLimiter.acquire(username);
        if (!capacity.tryAcquire()) {
            rateLimiter.release(username);
            throw new BusyException(retryWhenFullSeconds, "the grading queue is full");
        }
        StoredSubmission stored;
        try {
            stored = store.add(new NewSubmission(username, exercise.id(), code, seeds.getAsLong(),
                    SubmissionSource.WEB, null));
        } catch (RuntimeException e) {
            capacity.release();
            rateLimiter.release(username);
            throw e;
        }
        enqueue(stored, exercise, true, Priority.STUDENT);
        return stored;
    }

    /** Queues every web submission left ungraded, e.g. by a stop mid-queue; returns how many. */
    public int resumeUngraded() {
        List<StoredSubmission> left = store.ungraded(SubmissionSource.WEB);
        left.forEach(this::queueStored);
        return left.size();
    }

    /**
     * Queues a web submission already stored and not graded, outside the users' rate limits and
     * the queue's capacity: work the server itself brings, like a resumed or seeded submission.
     */
    public void queueStored(StoredSubmission s) {
        queueStored(s, Priority.STUDENT);
    }

    /**
     * Queues a stored, ungraded submission behind every student submission, waiting or yet to
     * come: for work in bulk that nobody is waiting on, like the demo class.
     */
    public void queueInBackground(StoredSubmission s) {
        queueStored(s, Priority.BACKGROUND);
    }

    private void queueStored(StoredSubmission s, Priority priority) {
        Exercise exercise = catalog.find(s.exerciseId()).orElse(null);
        if (exercise == null) {
            LOG.warn("submission {} is of exercise {}, which no longer exists; it stays ungraded", s.id(),
                    s.exerciseId());
            return;
        }
        enqueue(s, exercise, false, priority);
    }

    /**
     * Where submission {@code id} is, given whether it has a grade and whether its failure is recorded; a
     * stored one this process does not know about is done, failed or waiting.
     */
    public Progress progress(long id, boolean graded, boolean failed) {
        if (graded) return Progress.DONE;
        if (failed) return Progress.FAILED;
        return inFlight.getOrDefault(id, Progress.QUEUED);
    }

    /**
     * True while a student's submission waits for a worker or is being graded: other grading work
     * (a regrade) should hold back. Background work such as the demo class does not count, so a
     * regrade is not held up by it.
     */
    public boolean busy() {
        return studentWork.get() > 0;
    }

    private void enqueue(StoredSubmission s, Exercise exercise, boolean holdsPermit, Priority priority) {
        inFlight.put(s.id(), Progress.QUEUED);
        if (priority == Priority.STUDENT) studentWork.incrementAndGet();
        workers.execute(new Job(priority, arrivals.getAndIncrement(), () -> {
            try {
                grade(s, exercise, holdsPermit);
            } finally {
                if (priority == Priority.STUDENT) studentWork.decrementAndGet();
            }
        }));
    }

    /** Students' work first; the server's bulk work when no student's waits. */
    private enum Priority { STUDENT, BACKGROUND }

    /** A grade to do, ordered by priority, then by arrival. */
    private record Job(Priority priority, long arrival, Runnable work) implements Runnable, Comparable<Job> {
        private static final Comparator<Job> ORDER =
                Comparator.comparing(Job::priority).thenComparingLong(Job::arrival);

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Job other) {
            return ORDER.compare(this, other);
        }
    }

    private void grade(StoredSubmission s, Exercise exercise, boolean holdsPermit) {
        inFlight.put(s.id(), Progress.RUNNING);
        try {
            Grade grade = judge.grade(exercise, s.code(), s.seed());
            store.recordGrade(s.id(), grade);
            inFlight.remove(s.id());
        } catch (GradingFailedException e) {
            // The grader failed on this one submission: it ends failed, with the reason, and is not graded
            // again at every start. One line in the log: a hostile submission must not flood it.
            LOG.warn("submission {} of {} to {}: {}", s.id(), s.student(), s.exerciseId(), e.getMessage());
            recordFailure(s, e.getMessage());
        } catch (Throwable e) {
            // A fault of the server (no sandbox, no database): the submission stays ungraded in the database,
            // so the next start grades it again; the student sees "failed" until then, and the operator the cause.
            inFlight.put(s.id(), Progress.FAILED);
            LOG.error("grading submission {} of {} to {} failed", s.id(), s.student(), s.exerciseId(), e);
        } finally {
            if (holdsPermit) capacity.release();
        }
    }

    private void recordFailure(StoredSubmission s, String reason) {
        inFlight.put(s.id(), Progress.FAILED);
        try {
            store.recordFailure(s.id(), reason);
        } catch (RuntimeException e) {
            LOG.error("cannot record that grading submission {} failed", s.id(), e);
        }
    }

    /**
     * Drops what waits (it stays ungraded in the database for the next start) and lets the
     * grades in progress finish, so that none is cut short and recorded as the student's failure.
     */
    @Override
    public void close() {
        workers.getQueue().clear();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("grading workers still busy after {} s; stopping them, their submissions stay ungraded"
                        + " unless already recorded", SHUTDOWN_GRACE_SECONDS);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

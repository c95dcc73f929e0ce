package com.tangentlab.submit;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.queue.GradingWorkers;
import com.tangentlab.queue.Leases;
import com.tangentlab.queue.QueuePriority;
import com.tangentlab.queue.SubmissionQueue;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Web submissions: accepted only within the user's rate limit and the shared queue's capacity (counted in
 * the database, so it holds across web nodes), stored in the queue in the same step, then graded by whichever
 * worker claims them first: this node's own workers (none on a web-only node) or a {@code worker} process on
 * any machine. Where a submission is comes from the database too, so any node answers it. Work the server
 * brings in bulk (the demo class) waits behind every student submission.
 */
public final class GradingQueue implements AutoCloseable {
    private final SubmissionQueue queue;
    private final Leases leases;
    private final GradingWorkers workers;
    private final RateLimiter rateLimiter;
    private final LongSupplier seeds;
    private final Limits limits;

    /**
     * @param capacity             students' submissions waiting or being graded, on every node, before a new one
     *                             is refused
     * @param retryWhenFullSeconds what a refused user is told to wait when the queue is full
     */
    public record Limits(int capacity, long retryWhenFullSeconds) {}

    /** @param workers this node's grading threads; closed with the queue */
    public GradingQueue(SubmissionQueue queue, Leases leases, GradingWorkers workers, RateLimiter rateLimiter,
            LongSupplier seeds, Limits limits) {
        this.queue = queue;
        this.leases = leases;
        this.workers = workers;
        this.rateLimiter = rateLimiter;
        this.seeds = seeds;
        this.limits = limits;
    }

    /**
     * Stores {@code code} as {@code username}'s submission of {@code exercise}, made in the offering
     * {@code offeringId}, in the queue, or throws
     * {@link BusyException} having stored nothing.
     */
    public StoredSubmission submit(long offeringId, String username, Exercise exercise, String code) {
        rateLimiter.acquire(username);
        Optional<StoredSubmission> stored;
        try {
            stored = queue.offer(new NewSubmission(username, exercise.id(), code, seeds.getAsLong(),
                    SubmissionSource.WEB, null, offeringId), limits.capacity());
        } catch (RuntimeException e) {
            rateLimiter.release(username);
            throw e;
        }
        if (stored.isEmpty()) {
            rateLimiter.release(username);
            throw new BusyException(limits.retryWhenFullSeconds(), "the grading queue is full");
        }
        workers.wake();
        return stored.get();
    }

    /**
     * Puts web submissions a server stored but never queued (the demo class's, stopped before they were
     * queued) into the queue; says how many submissions now wait or are being graded, on every node.
     */
    public int resumeUngraded() {
        queue.queueLeftOut();
        workers.wake();
        return queue.queued();
    }

    /**
     * Queues a stored, ungraded submission behind every student submission, waiting or yet to
     * come: for work in bulk that nobody is waiting on, like the demo class.
     */
    public void queueInBackground(StoredSubmission s) {
        queue.queue(s.id(), QueuePriority.BULK);
        workers.wake();
    }

    /**
     * Where submission {@code id} is, given whether it has a grade and whether its failure is recorded:
     * running while a worker on any machine holds its lease, else queued.
     */
    public Progress progress(long id, boolean graded, boolean failed) {
        if (graded) return Progress.DONE;
        if (failed) return Progress.FAILED;
        return leases.isLeased(id) ? Progress.RUNNING : Progress.QUEUED;
    }

    /**
     * True while a student's submission waits for a worker or is being graded, on any node: other grading
     * work (a regrade) should hold back. Background work such as the demo class does not count, so a
     * regrade is not held up by it.
     */
    public boolean busy() {
        return queue.queued(QueuePriority.STUDENT) > 0;
    }

    /** Lets this node's grades in progress finish; what waits stays in the queue for any worker. */
    @Override
    public void close() {
        workers.close();
    }
}

package com.tangentlab.account;

import com.tangentlab.submit.BusyException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large rosters imported as jobs: hashing a password per line takes minutes for a big class,
 * far longer than a client waits, and the generated passwords exist only in the answer. A job
 * hashes on one background thread (leaving the other cores to grading), reports its progress,
 * and keeps its result, passwords included, until an instructor collects it: exactly once.
 */
public final class RosterImports implements AutoCloseable {
    /** Rosters up to this many accounts are created while the request waits: a few seconds of hashing. */
    public static final int IMMEDIATE_ACCOUNTS = 20;
    /** Jobs running, waiting, or holding passwords not yet collected; more get 429. */
    public static final int MAX_OPEN_JOBS = 4;
    private static final long RETRY_WHEN_BUSY_SECONDS = 60;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(RosterImports.class);

    /** Where a job is; {@code COLLECTED} once its passwords were handed over and forgotten here. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, COLLECTED }

    /** A job as the instructor polls it. */
    public record Status(long id, State state, int hashed, int total, String failure) {}

    private final AccountService accounts;
    private final ThreadPoolExecutor worker;
    private final Map<Long, RosterJob> jobs = new ConcurrentHashMap<>();
    /** The course each job was started for: only that course's instructors see it. */
    private final Map<Long, Long> scopes = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public RosterImports(AccountService accounts) {
        this.accounts = accounts;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "roster-import");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts creating the accounts of {@code roster}, enrolled as {@code enrolment} says, for the course
     * {@code scope}; poll {@link #status}, then {@link #collect} once, naming the same course.
     */
    public synchronized Status start(long scope, CheckedRoster roster, Enrolment enrolment) {
        long open = jobs.values().stream().filter(RosterJob::open).count();
        if (open >= MAX_OPEN_JOBS) {
            throw new BusyException(RETRY_WHEN_BUSY_SECONDS, "at most " + MAX_OPEN_JOBS + " roster imports"
                    + " running or waiting to be collected");
        }
        RosterJob job = new RosterJob(ids.incrementAndGet(), roster.size());
        jobs.put(job.id(), job);
        scopes.put(job.id(), scope);
        worker.execute(() -> job.run(hashed -> accounts.createRoster(roster, hashed, enrolment), LOG));
        return job.status();
    }

    public Status status(long scope, long id) {
        return job(scope, id).status();
    }

    /** The new accounts with their passwords, the first time only; the passwords are then forgotten here. */
    public List<NewAccount> collect(long scope, long id) {
        return job(scope, id).collect();
    }

    private RosterJob job(long scope, long id) {
        RosterJob job = jobs.get(id);
        if (job == null || scopes.get(id) != scope) throw new AccountException(AccountException.Reason.NOT_FOUND, "no roster import " + id);
        return job;
    }

    /** Interrupts the job in progress: its accounts are not created, since they are inserted all at once at the end. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.tangentlab.submit;

import com.tangentlab.check.Judge;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.score.Grade;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Runs the visible examples of a draft for the person waiting on it: nothing is stored.
 * Bounded, because each run holds a sandbox agent and a request thread until it ends; and fair
 * like submissions: a user has one run at a time and a rate limit, so that one student's endless
 * loops in parallel cannot hold every runner while everyone else is turned away.
 */
public final class ExampleRunner {
    /** Runs one user may have in progress at once: fewer than the runners whenever there are two or more. */
    public static final int RUNS_PER_USER = 1;

    private final Judge judge;
    private final Semaphore slots;
    private final RateLimiter rateLimiter;
    private final long retryWhenBusySeconds;
    private final Map<String, Integer> running = new HashMap<>();

    public ExampleRunner(Judge judge, int concurrentRuns, RateLimiter rateLimiter, long retryWhenBusySeconds) {
        this.judge = judge;
        this.slots = new Semaphore(concurrentRuns);
        this.rateLimiter = rateLimiter;
        this.retryWhenBusySeconds = retryWhenBusySeconds;
    }

    /** Runs the examples of {@code code} for {@code username}, or throws {@link BusyException} having run nothing. */
    public Grade run(String username, Exercise exercise, String code) {
        startRun(username);
        try {
            if (!slots.tryAcquire()) {
                rateLimiter.release(username);
                throw new BusyException(retryWhenBusySeconds, "every example runner is busy");
            }
            try {
                return judge.runExamples(exercise, code);
            } finally {
                slots.release();
            }
        } finally {
            endRun(username);
        }
    }

    private synchronized void startRun(String username) {
        int now = running.getOrDefault(username, 0);
        if (now >= RUNS_PER_USER) {
            throw new BusyException(retryWhenBusySeconds, "your example run in progress must finish first");
        }
        rateLimiter.acquire(username);
        running.put(username, now + 1);
    }

    private synchronized void endRun(String username) {
        int left = running.getOrDefault(username, 1) - 1;
        if (left <= 0) running.remove(username);
        else running.put(username, left);
    }
}

package com.tangentlab.submit;

import com.tangentlab.check.Judge;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.score.Grade;
import java.util.concurrent.Semaphore;

/**
 * Runs the visible examples of a draft for the person waiting on it: nothing is stored.
 * Bounded, because each run holds a sandbox agent and a request thread until it ends.
 */
public final class ExampleRunner {
    private final Judge judge;
    private final Semaphore slots;
    private final long retryWhenBusySeconds;

    public ExampleRunner(Judge judge, int concurrentRuns, long retryWhenBusySeconds) {
        this.judge = judge;
        this.slots = new Semaphore(concurrentRuns);
        this.retryWhenBusySeconds = retryWhenBusySeconds;
    }

    public Grade run(Exercise exercise, String code) {
        if (!slots.tryAcquire()) throw new BusyException(retryWhenBusySeconds, "every example runner is busy");
        try {
            return judge.runExamples(exercise, code);
        } finally {
            slots.release();
        }
    }
}

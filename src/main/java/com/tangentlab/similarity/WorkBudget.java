package com.tangentlab.similarity;

import java.time.Duration;

/**
 * How long a piece of similarity work may run: it stops, keeping what it found, at its deadline
 * or as soon as its thread is interrupted (the server stopping, or nobody waiting any more).
 */
public final class WorkBudget {
    private final long deadlineNanos;
    private final Duration length;

    private WorkBudget(long deadlineNanos, Duration length) {
        this.deadlineNanos = deadlineNanos;
        this.length = length;
    }

    /** A budget of {@code length} from now. */
    public static WorkBudget of(Duration length) {
        return new WorkBudget(System.nanoTime() + length.toNanos(), length);
    }

    /** The shorter of what is left of this budget and {@code length} from now. */
    public WorkBudget atMost(Duration length) {
        long capped = System.nanoTime() + length.toNanos();
        return capped - deadlineNanos < 0 ? new WorkBudget(capped, length) : this;
    }

    public boolean exhausted() {
        return System.nanoTime() - deadlineNanos >= 0 || Thread.currentThread().isInterrupted();
    }

    /** The time this budget was given, for notes that say why work stopped. */
    public Duration length() {
        return length;
    }
}

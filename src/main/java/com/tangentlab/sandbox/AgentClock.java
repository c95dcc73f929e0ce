package com.tangentlab.sandbox;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A submission's wall-clock budget, spent only while the agent runs the submission's code: its
 * top-level statements and its tests draw on one budget, while the time the trusted compiler
 * takes between those calls does not, nor does loading the compiled classes (which runs none of
 * the student's code: classes are initialised when first called). When the budget runs out
 * during a call, {@code onExpiry} kills the agent.
 */
final class AgentClock {
    /** A load is not charged, but an agent that does not answer one within this long is killed all the same. */
    private static final Duration LOAD_BACKSTOP = Duration.ofSeconds(10);

    private final Runnable onExpiry;
    private ScheduledExecutorService timer;
    private long remainingNanos = Long.MAX_VALUE;
    private long usedNanos;
    private long unchargedNanos;
    private long runningSince;
    private int openCalls;
    private boolean charged;
    private ScheduledFuture<?> alarm;

    AgentClock(Runnable onExpiry) {
        this.onExpiry = onExpiry;
    }

    /** Gives the submission a fresh budget of {@code limit}; it is spent from the next agent call on. */
    synchronized void start(ScheduledExecutorService scheduler, Duration limit) {
        cancelAlarm();
        timer = scheduler;
        remainingNanos = limit.toNanos();
        usedNanos = 0;
        unchargedNanos = 0;
        if (openCalls > 0) arm();
    }

    /** A call that runs the submission's code begins: the clock runs. */
    synchronized void resume() {
        if (openCalls++ > 0) return;
        charged = true;
        arm();
    }

    /** A call that only loads classes begins: it is not charged, but it may not hang. */
    synchronized void resumeUncharged() {
        if (openCalls++ > 0) return;
        charged = false;
        arm();
    }

    /** The call to the agent returned: the clock stops, and what the call took is spent. */
    synchronized void pause() {
        if (openCalls == 0 || --openCalls > 0) return;
        cancelAlarm();
        long spent = System.nanoTime() - runningSince;
        if (!charged) {
            unchargedNanos += spent;
            return;
        }
        usedNanos += spent;
        if (remainingNanos != Long.MAX_VALUE) remainingNanos -= spent;
    }

    /** Wall-clock time the agent has been busy for the submission so far, loads included. */
    synchronized Duration used() {
        long running = openCalls > 0 ? System.nanoTime() - runningSince : 0;
        return Duration.ofNanos(usedNanos + unchargedNanos + running);
    }

    synchronized void stop() {
        cancelAlarm();
    }

    private void arm() {
        runningSince = System.nanoTime();
        if (timer == null || remainingNanos == Long.MAX_VALUE) return;
        long delay = charged ? Math.max(0, remainingNanos) : LOAD_BACKSTOP.toNanos();
        alarm = timer.schedule(onExpiry, delay, TimeUnit.NANOSECONDS);
    }

    private void cancelAlarm() {
        if (alarm != null) alarm.cancel(false);
        alarm = null;
    }
}

package com.tangentlab.regrade;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One regrade: its scope, its progress and the report it builds. Read by request threads while
 * the regrade worker fills it, so every change is synchronised.
 *
 * @param exerciseId the exercise regraded, or null for all
 */
public final class RegradeRun {
    private final long id;
    private final String exerciseId;
    private final String startedBy;
    private final int total;
    private final List<RegradeRow> rows = new ArrayList<>();
    private final AtomicBoolean waiting = new AtomicBoolean();
    private RegradeState state = RegradeState.RUNNING;
    private String failure;

    RegradeRun(long id, String exerciseId, String startedBy, int total) {
        this.id = id;
        this.exerciseId = exerciseId;
        this.startedBy = startedBy;
        this.total = total;
    }

    public long id() { return id; }
    public String exerciseId() { return exerciseId; }
    public String startedBy() { return startedBy; }
    public int total() { return total; }

    public synchronized int done() { return rows.size(); }
    public synchronized RegradeState state() { return state; }
    public synchronized String failure() { return failure; }
    public synchronized List<RegradeRow> rows() { return List.copyOf(rows); }

    /** True while the replay holds back for student submissions in the grading queue. */
    public boolean waitingForStudents() { return waiting.get(); }

    void setWaiting(boolean value) { waiting.set(value); }

    synchronized boolean isRunning() { return state == RegradeState.RUNNING; }

    synchronized void add(RegradeRow row) {
        if (state == RegradeState.RUNNING) rows.add(row);
    }

    synchronized void finish() {
        if (state == RegradeState.RUNNING) state = RegradeState.FINISHED;
    }

    synchronized void fail(String why) {
        if (state == RegradeState.RUNNING) {
            state = RegradeState.FAILED;
            failure = why;
        }
    }

    /** A running or finished regrade can be abandoned; nothing of it is written. */
    synchronized boolean abandon() {
        if (state != RegradeState.RUNNING && state != RegradeState.FINISHED) return false;
        state = RegradeState.ABANDONED;
        return true;
    }

    /** Claims the finished report for writing; only once. */
    synchronized boolean claimForApply() {
        if (state != RegradeState.FINISHED) return false;
        state = RegradeState.APPLIED;
        return true;
    }

    synchronized void unclaim() {
        if (state == RegradeState.APPLIED) state = RegradeState.FINISHED;
    }
}

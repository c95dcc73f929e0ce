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

    /**
     * The state with the rows and failure as they were at that moment. Read one by one, a report
     * could say "finished" and yet hold only the rows replayed before its last one.
     */
    public record Snapshot(RegradeState state, String failure, boolean waitingForStudents, List<RegradeRow> rows) {}

    public synchronized Snapshot snapshot() {
        return new Snapshot(state, failure, waiting.get(), List.copyOf(rows));
    }

    public synchronized RegradeState state() { return state; }
    public synchronized List<RegradeRow> rows() { return List.copyOf(rows); }

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

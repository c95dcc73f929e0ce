package com.tangentlab.bench.load;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulated students saw in one round, recorded from many threads at once. */
final class Recorder {
    /** Problems kept word for word; beyond these only the count grows. */
    private static final int KEPT_PROBLEMS = 5;

    private final Queue<Double> gradeMs = new ConcurrentLinkedQueue<>();
    private final Queue<Double> pageMs = new ConcurrentLinkedQueue<>();
    private final Queue<Double> pollMs = new ConcurrentLinkedQueue<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger graded = new AtomicInteger();
    private final AtomicInteger asDeclared = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger problemCount = new AtomicInteger();
    private final AtomicLong lastGradeNanos = new AtomicLong(Long.MIN_VALUE);

    void page(long nanos) {
        pageMs.add(nanos / 1e6);
    }

    void poll(long nanos) {
        pollMs.add(nanos / 1e6);
    }

    void busy() {
        busy.incrementAndGet();
    }

    /** A grade seen by polling, {@code nanos} after the student sent the submission. */
    void graded(long nanos, boolean declared) {
        gradeMs.add(nanos / 1e6);
        graded.incrementAndGet();
        if (declared) asDeclared.incrementAndGet();
        lastGradeNanos.accumulateAndGet(System.nanoTime(), Math::max);
    }

    void problem(String what) {
        if (problemCount.incrementAndGet() <= KEPT_PROBLEMS) problems.add(what);
    }

    Latencies grades() {
        return Latencies.of(gradeMs);
    }

    Latencies pages() {
        return Latencies.of(pageMs);
    }

    Latencies polls() {
        return Latencies.of(pollMs);
    }

    int graded() {
        return graded.get();
    }

    int asDeclared() {
        return asDeclared.get();
    }

    int busyAnswers() {
        return busy.get();
    }

    int problemCount() {
        return problemCount.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** System.nanoTime() of the last grade seen, or Long.MIN_VALUE before any. */
    long lastGradeNanos() {
        return lastGradeNanos.get();
    }
}

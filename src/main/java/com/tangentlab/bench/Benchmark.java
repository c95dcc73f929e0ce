package com.tangentlab.bench;

import com.tangentlab.check.Judge;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Measures the judge the way the issue states its targets: submit-to-score latency of single
 * submissions (median, p95) with agents waiting in the pool, and the throughput of a batch
 * graded in parallel. Submissions are the known samples of every exercise, correct and wrong.
 */
public final class Benchmark {
    /** A submission to grade. */
    public record Work(Exercise exercise, String source) {}

    /**
     * Latencies in ms of sequential submissions; the wall time of a parallel batch, and the CPU it took in
     * all (every process, as the kernel counts it) and in the trusted process alone, in ns; and the bare JVM
     * starts that ran beside the batch, with the CPU they took.
     */
    public record Figures(int latencySubmissions, double medianMs, double p95Ms, double maxMs, int batchSubmissions,
            int jobs, double batchSeconds, long batchCpuNanos, long trustedCpuNanos, Map<Status, Integer> statuses,
            int bareStarts, long bareCpuNanos) {
        public double throughputPerSecond() {
            return batchSubmissions / batchSeconds;
        }

        public double cpuPerSubmissionMs() {
            return batchCpuNanos / 1e6 / batchSubmissions;
        }

        public double trustedCpuPerSubmissionMs() {
            return trustedCpuNanos / 1e6 / batchSubmissions;
        }

        /** The agents' share: everything the kernel counted that the trusted process did not use itself. */
        public double agentCpuPerSubmissionMs() {
            return cpuPerSubmissionMs() - trustedCpuPerSubmissionMs();
        }

        public double bareCpuPerStartMs() {
            return bareCpuNanos / 1e6 / bareStarts;
        }

        /** What a submission costs against a bare JVM start measured under the same load. */
        public double ratio() {
            return cpuPerSubmissionMs() / bareCpuPerStartMs();
        }
    }

    private final Judge judge;
    private final AgentPool pool;
    private final LongSupplier allCpuNanos;

    /** @param allCpuNanos the CPU of this process and every process it starts, e.g. {@link CpuAccount#usageNanos()} */
    public Benchmark(Judge judge, AgentPool pool, LongSupplier allCpuNanos) {
        this.judge = judge;
        this.pool = pool;
        this.allCpuNanos = allCpuNanos;
    }

    /** CPU time of this JVM, all its threads, as the kernel counts it. */
    public static long trustedCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static List<Work> samples(ExerciseCatalog catalog) {
        List<Work> work = new ArrayList<>();
        for (Exercise e : catalog.all()) {
            for (Exercise.Sample s : e.samples()) {
                try {
                    work.add(new Work(e, Files.readString(s.file())));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        if (work.isEmpty()) throw new IllegalStateException("no exercise has samples to benchmark with");
        return work;
    }

    /**
     * Grades {@code latencyCount} submissions one at a time, each once an agent is waiting,
     * then {@code batchCount} with {@code jobs} at once while {@code bare} starts bare JVMs beside them.
     */
    public Figures run(List<Work> work, int warmUp, int latencyCount, int batchCount, int jobs, BareJvm bare)
            throws InterruptedException {
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        for (int i = 0; i < warmUp; i++) grade(work.get(i % work.size()), i, statuses);
        statuses.clear();
        double[] latencies = new double[latencyCount];
        for (int i = 0; i < latencyCount; i++) {
            pool.awaitReady(Duration.ofSeconds(30));
            long start = System.nanoTime();
            grade(work.get(i % work.size()), i, statuses);
            latencies[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(latencies);
        long allBefore = allCpuNanos.getAsLong();
        long trustedBefore = trustedCpuNanos();
        long bareBefore = bare.cpuNanos();
        int startsBefore = bare.starts();
        bare.start();
        double batchSeconds;
        try {
            batchSeconds = batch(work, batchCount, jobs, statuses);
        } finally {
            bare.stop();
        }
        long trusted = trustedCpuNanos() - trustedBefore;
        long bareCpu = bare.cpuNanos() - bareBefore;
        long all = allCpuNanos.getAsLong() - allBefore - bareCpu;
        return new Figures(latencyCount, percentile(latencies, 0.5), percentile(latencies, 0.95),
                latencies[latencies.length - 1], batchCount, jobs, batchSeconds, all, trusted, statuses,
                bare.starts() - startsBefore, bareCpu);
    }

    private double batch(List<Work> work, int count, int jobs, Map<Status, Integer> statuses)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(jobs);
        try {
            long start = System.nanoTime();
            List<Future<Grade>> grades = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Work w = work.get(i % work.size());
                long seed = i;
                grades.add(workers.submit(() -> judge.grade(w.exercise(), w.source(), seed)));
            }
            for (Future<Grade> g : grades) statuses.merge(get(g).status(), 1, Integer::sum);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            workers.shutdownNow();
        }
    }

    private void grade(Work w, long seed, Map<Status, Integer> statuses) {
        statuses.merge(judge.grade(w.exercise(), w.source(), seed).status(), 1, Integer::sum);
    }

    private static Grade get(Future<Grade> grade) throws InterruptedException {
        try {
            return grade.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("grading failed during the benchmark", e.getCause());
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

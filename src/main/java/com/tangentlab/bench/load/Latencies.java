package com.tangentlab.bench.load;

import java.util.Arrays;
import java.util.Collection;

/** Durations of one kind of request, in ms, summarised by nearest-rank percentiles. */
public final class Latencies {
    private final double[] sortedMs;

    private Latencies(double[] sortedMs) {
        this.sortedMs = sortedMs;
    }

    public static Latencies of(Collection<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    public int count() {
        return sortedMs.length;
    }

    /** The smallest duration at least {@code fraction} of all are at or below; NaN when there is none. */
    public double percentileMs(double fraction) {
        if (sortedMs.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(fraction * sortedMs.length);
        return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, rank - 1))];
    }

    public double p50Ms() {
        return percentileMs(0.5);
    }

    public double p95Ms() {
        return percentileMs(0.95);
    }
}

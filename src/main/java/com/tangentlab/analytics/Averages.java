package com.tangentlab.analytics;

import java.util.Collection;
import java.util.List;

/** Mean, median and share of a collection of numbers; each is null for an empty one. */
final class Averages {
    private Averages() {}

    static Double mean(Collection<? extends Number> values) {
        if (values.isEmpty()) return null;
        return values.stream().mapToDouble(Number::doubleValue).sum() / values.size();
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static Double median(Collection<? extends Number> values) {
        if (values.isEmpty()) return null;
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static Double share(long count, long of) {
        return of == 0 ? null : (double) count / of;
    }
}

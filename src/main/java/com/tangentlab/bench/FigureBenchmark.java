package com.tangentlab.bench;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.figure.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How long the theory's live figures take to compute: the first request of a fresh catalogue,
 * then requests at slider positions drawn at random within each parameter's range, as a reader
 * moving sliders would make them.
 */
public final class FigureBenchmark {
    /** One figure's times, milliseconds. */
    public record Timing(String id, double firstMs, double medianMs, double p95Ms) {
        public String line() {
            return String.format(Locale.ROOT, "%-28s first %7.1f ms   median %6.1f ms   p95 %6.1f ms", id, firstMs,
                    medianMs, p95Ms);
        }
    }

    private final int requests;
    private final SplittableRandom random;

    public FigureBenchmark(int requests, long seed) {
        this.requests = requests;
        this.random = new SplittableRandom(seed);
    }

    public List<Timing> run() {
        FigureCatalog catalog = FigureCatalog.chapter();
        List<Timing> timings = new ArrayList<>();
        for (Figure figure : catalog.all()) timings.add(time(catalog, figure));
        return timings;
    }

    private Timing time(FigureCatalog catalog, Figure figure) {
        double first = millis(catalog, figure, Map.of());
        double[] times = new double[requests];
        for (int i = 0; i < requests; i++) times[i] = millis(catalog, figure, sliderPositions(figure));
        Arrays.sort(times);
        return new Timing(figure.id(), first, Benchmark.percentile(times, 0.5), Benchmark.percentile(times, 0.95));
    }

    private Map<String, String> sliderPositions(Figure figure) {
        Map<String, String> values = new HashMap<>();
        for (Parameter p : figure.parameters()) {
            long steps = (long) Math.floor((p.max() - p.min()) / p.step());
            double value = Math.min(p.max(), p.min() + p.step() * random.nextLong(steps + 1));
            values.put(p.name(), Double.toString(value));
        }
        return values;
    }

    private static double millis(FigureCatalog catalog, Figure figure, Map<String, String> values) {
        long start = System.nanoTime();
        catalog.compute(figure, values);
        return (System.nanoTime() - start) / 1e6;
    }
}

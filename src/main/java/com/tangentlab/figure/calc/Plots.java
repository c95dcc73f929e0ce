package com.tangentlab.figure.calc;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Plot;
import java.util.ArrayList;
import java.util.List;

/** Shorthands for assembling a figure's plot. */
public final class Plots {
    private Plots() {}

    public static Plot of(Figure figure, String caption, Plot.Block... blocks) {
        return new Plot(figure.id(), figure.title(), caption, figure.parameters(), List.of(blocks));
    }

    public static Plot.Series series(String name, Plot.Style style, double[] xs, double[] ys) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) points.add(new double[] {xs[i], ys[i]});
        return new Plot.Series(name, style, points);
    }

    public static Plot.Series point(String name, double x, double y) {
        return new Plot.Series(name, Plot.Style.SCATTER, List.<double[]>of(new double[] {x, y}));
    }

    /** Evenly spaced numbers from {@code from} to {@code to}, both included. */
    public static double[] linspace(double from, double to, int count) {
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) xs[i] = from + (to - from) * i / (count - 1);
        return xs;
    }

    /** Numbers evenly spaced on a log scale from {@code from} to {@code to}, both included. */
    public static double[] logspace(double from, double to, int count) {
        double[] exponents = linspace(Math.log10(from), Math.log10(to), count);
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) xs[i] = Math.pow(10, exponents[i]);
        return xs;
    }
}

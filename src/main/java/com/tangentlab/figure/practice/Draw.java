package com.tangentlab.figure.practice;

import com.tangentlab.figure.Plot.Series;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Series built from arrays, including the rule for logarithmic axes. */
final class Draw {
    private Draw() {}

    /** {@code ys[k]} drawn at x = k. */
    static Series indexed(String name, Style style, double[] ys) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < ys.length; k++) points.add(new double[] {k, ys[k]});
        return new Series(name, style, points);
    }

    /** {@code ys[k]} drawn at x = k for the listed k only. */
    static Series indexedAt(String name, Style style, double[] ys, int[] ks) {
        List<double[]> points = new ArrayList<>();
        for (int k : ks) points.add(new double[] {k, ys[k]});
        return new Series(name, style, points);
    }

    /**
     * The same series without the points a logarithmic axis cannot show: a quantity that has
     * reached exactly zero (a converged error, a Jacobian with every unit off) ends there.
     */
    static Series forLogAxes(Series s) {
        List<double[]> kept = new ArrayList<>();
        for (double[] p : s.points()) {
            if (p[0] > 0 && p[1] > 0) kept.add(p);
        }
        return new Series(s.name(), s.style(), kept);
    }

    /** As {@link #forLogAxes} but for a chart whose x axis is linear. */
    static Series forLogY(Series s) {
        List<double[]> kept = new ArrayList<>();
        for (double[] p : s.points()) {
            if (p[1] > 0) kept.add(p);
        }
        return new Series(s.name(), s.style(), kept);
    }

    /** A horizontal line at height y across [from, to]. */
    static Series level(String name, double y, double from, double to) {
        return Plots.series(name, Style.DASHED, new double[] {from, to}, new double[] {y, y});
    }
}

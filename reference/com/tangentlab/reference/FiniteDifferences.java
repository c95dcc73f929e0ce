package com.tangentlab.reference;

import java.util.function.Function;

/** Centred finite differences, for properties that check an analytic derivative against the function itself. */
final class FiniteDifferences {
    private FiniteDifferences() {}

    /**
     * The m x n Jacobian of f at x by centred differences, with step {@code step · max(1, |x_j|)}
     * along coordinate j so that the step stays meaningful for large coordinates. The error is
     * O(step²) times the third derivative plus O(ε / step) of rounding.
     */
    static double[][] jacobian(Function<double[], double[]> f, double[] x, double step) {
        double[][] columns = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            double h = step * Math.max(1, Math.abs(x[j]));
            double[] up = x.clone(), down = x.clone();
            up[j] += h;
            down[j] -= h;
            columns[j] = Linear.scaled(Linear.minus(f.apply(up), f.apply(down)), 1 / (up[j] - down[j]));
        }
        return Linear.transpose(columns);
    }
}

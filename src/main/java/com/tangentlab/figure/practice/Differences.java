package com.tangentlab.figure.practice;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/** Centred finite differences: gradients, Hessian-vector products and Jacobians from values alone. */
final class Differences {
    private Differences() {}

    /** Each component from two values of f, 2n values in all. */
    static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[j] += h;
            down[j] -= h;
            g[j] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
        }
        return g;
    }

    /** H(x) v ≈ (∇f(x + h v) − ∇f(x − h v)) / 2h: two gradients, never the Hessian itself. */
    static double[] hessianTimes(ToDoubleFunction<double[]> f, double[] x, double[] v, double h) {
        double[] ahead = gradient(f, Linear.plus(x, h, v), h);
        double[] behind = gradient(f, Linear.plus(x, -h, v), h);
        return Linear.scaled(Linear.plus(ahead, -1, behind), 1 / (2 * h));
    }

    /** Row i holds the partial derivatives of output i. */
    static double[][] jacobian(UnaryOperator<double[]> map, double[] x, double h) {
        int outputs = map.apply(x).length;
        double[][] j = new double[outputs][x.length];
        for (int col = 0; col < x.length; col++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[col] += h;
            down[col] -= h;
            double[] fUp = map.apply(up);
            double[] fDown = map.apply(down);
            for (int row = 0; row < outputs; row++) j[row][col] = (fUp[row] - fDown[row]) / (2 * h);
        }
        return j;
    }
}

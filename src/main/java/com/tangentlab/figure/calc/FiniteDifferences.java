package com.tangentlab.figure.calc;

import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/** Centred finite differences: the numerical derivatives every analytic result is checked against. */
public final class FiniteDifferences {
    private FiniteDifferences() {}

    /** The Jacobian of {@code f} at {@code x}, one column per input (two evaluations each). */
    public static double[][] jacobian(UnaryOperator<double[]> f, double[] x, double h) {
        int m = f.apply(x).length;
        double[][] j = new double[m][x.length];
        for (int col = 0; col < x.length; col++) {
            double[] up = f.apply(shifted(x, col, h));
            double[] down = f.apply(shifted(x, col, -h));
            for (int row = 0; row < m; row++) j[row][col] = (up[row] - down[row]) / (2 * h);
        }
        return j;
    }

    /** H(x) v ≈ (∇f(x + h v) − ∇f(x − h v)) / 2h: two gradients, never the Hessian itself. */
    public static double[] hessianTimes(ToDoubleFunction<double[]> f, double[] x, double[] v, double h) {
        double[] ahead = x.clone(), behind = x.clone();
        for (int i = 0; i < x.length; i++) {
            ahead[i] += h * v[i];
            behind[i] -= h * v[i];
        }
        double[] up = gradient(f, ahead, h), down = gradient(f, behind, h);
        double[] hv = new double[x.length];
        for (int i = 0; i < x.length; i++) hv[i] = (up[i] - down[i]) / (2 * h);
        return hv;
    }

    /** Each component from two values of f, 2n values in all. */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = (f.applyAsDouble(shifted(x, i, h)) - f.applyAsDouble(shifted(x, i, -h))) / (2 * h);
        }
        return g;
    }

    /**
     * The Hessian from the four-point stencil for each pair i ≤ j, mirrored to the other half
     * (the stencil treats both orders alike, so it cannot show an asymmetry anyway).
     */
    public static double[][] hessian(ToDoubleFunction<double[]> f, double[] x, double h) {
        int n = x.length;
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double[] pp = shifted(shifted(x, i, h), j, h);
                double[] pm = shifted(shifted(x, i, h), j, -h);
                double[] mp = shifted(shifted(x, i, -h), j, h);
                double[] mm = shifted(shifted(x, i, -h), j, -h);
                hess[i][j] = (f.applyAsDouble(pp) - f.applyAsDouble(pm) - f.applyAsDouble(mp) + f.applyAsDouble(mm))
                        / (4 * h * h);
                hess[j][i] = hess[i][j];
            }
        }
        return hess;
    }

    /**
     * ∂/∂x_outer of ∂f/∂x_inner, each a centred difference of its own step: the order of
     * differentiation is kept, so a function whose mixed partials differ shows it.
     */
    public static double nestedMixed(ToDoubleFunction<double[]> f, double[] x, int inner, double innerStep,
            int outer, double outerStep) {
        ToDoubleFunction<double[]> partial = p -> (f.applyAsDouble(shifted(p, inner, innerStep))
                - f.applyAsDouble(shifted(p, inner, -innerStep))) / (2 * innerStep);
        return (partial.applyAsDouble(shifted(x, outer, outerStep))
                - partial.applyAsDouble(shifted(x, outer, -outerStep))) / (2 * outerStep);
    }

    static double[] shifted(double[] x, int i, double by) {
        double[] y = x.clone();
        y[i] += by;
        return y;
    }
}

package com.tangentlab.figure.practice;

import com.tangentlab.figure.calc.FiniteDifferences;
import java.util.function.ToDoubleFunction;

/** The largest Hessian eigenvalue by power iteration, each step one Hessian-vector product. */
final class Curvature {
    private Curvature() {}

    /**
     * The Rayleigh quotient vᵀ H v after each of {@code steps} steps from the unit vector
     * {@code start}, with H v taken by differences of gradients with step {@code h}.
     */
    static double[] powerIteration(ToDoubleFunction<double[]> f, double[] at, double[] start, int steps, double h) {
        double[] estimates = new double[steps];
        double[] v = start.clone();
        for (int k = 0; k < steps; k++) {
            double[] hv = FiniteDifferences.hessianTimes(f, at, v, h);
            estimates[k] = Linear.dot(v, hv);
            v = Linear.scaled(hv, 1 / Linear.norm(hv));
        }
        return estimates;
    }
}

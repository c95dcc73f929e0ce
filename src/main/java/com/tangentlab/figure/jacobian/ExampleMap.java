package com.tangentlab.figure.jacobian;

/** The chapter's first example, a map from R³ to R²: f(x) = (x₀² + x₁x₂, e^{x₀} − x₂²), indexed from 0 as in section 1. */
final class ExampleMap {
    /** Where section 1 evaluates it. */
    static final double[] POINT = {1, 2, 0.5};

    private ExampleMap() {}

    static double[] value(double[] x) {
        return new double[] {x[0] * x[0] + x[1] * x[2], Math.exp(x[0]) - x[2] * x[2]};
    }

    /** The Jacobian worked out by hand, one row per output. */
    static double[][] jacobian(double[] x) {
        return new double[][] {{2 * x[0], x[2], x[1]}, {Math.exp(x[0]), 0, -2 * x[2]}};
    }
}

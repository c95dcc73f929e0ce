package com.tangentlab.figure.hessian;

/**
 * f(x, y) = (1 − x)² + 100(y − x²)², expanded to second order at x₀ = (0.5, 0.2) along the unit
 * direction v ∝ (1, 0.5).
 */
final class Rosenbrock {
    static final double[] X0 = {0.5, 0.2};
    static final double[] V = {2 / Math.sqrt(5), 1 / Math.sqrt(5)};

    private Rosenbrock() {}

    static double value(double[] p) {
        double a = 1 - p[0];
        double b = p[1] - p[0] * p[0];
        return a * a + 100 * b * b;
    }

    static double[] gradient(double[] p) {
        double b = p[1] - p[0] * p[0];
        return new double[] {-2 * (1 - p[0]) - 400 * p[0] * b, 200 * b};
    }

    static double[][] hessian(double[] p) {
        return new double[][] {{2 - 400 * (p[1] - 3 * p[0] * p[0]), -400 * p[0]}, {-400 * p[0], 200}};
    }

    /** f(x₀ + αv). */
    static double along(double alpha) {
        return value(new double[] {X0[0] + alpha * V[0], X0[1] + alpha * V[1]});
    }

    /** q(α) = f(x₀) + α ∇fᵀv + ½α² vᵀHv. */
    static double model(double alpha) {
        double[] g = gradient(X0);
        double[][] h = hessian(X0);
        double slope = g[0] * V[0] + g[1] * V[1];
        double curvature = V[0] * (h[0][0] * V[0] + h[0][1] * V[1]) + V[1] * (h[1][0] * V[0] + h[1][1] * V[1]);
        return value(X0) + alpha * slope + 0.5 * alpha * alpha * curvature;
    }
}

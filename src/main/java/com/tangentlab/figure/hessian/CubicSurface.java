package com.tangentlab.figure.hessian;

/** f(x, y) = x³ + 3xy − y³, whose critical points are (0, 0) and (1, −1). */
final class CubicSurface {
    static final double[][] CRITICAL_POINTS = {{0, 0}, {1, -1}};

    private CubicSurface() {}

    static double value(double x, double y) {
        return x * x * x + 3 * x * y - y * y * y;
    }

    static double value(double[] p) {
        return value(p[0], p[1]);
    }

    static double[] gradient(double[] p) {
        return new double[] {3 * p[0] * p[0] + 3 * p[1], 3 * p[0] - 3 * p[1] * p[1]};
    }

    static double[][] hessian(double[] p) {
        return new double[][] {{6 * p[0], 3}, {3, -6 * p[1]}};
    }

    /** What the signs of the Hessian's eigenvalues say about a critical point. */
    static String classify(double[] eigenvalues) {
        boolean anyPositive = false;
        boolean anyNegative = false;
        for (double v : eigenvalues) {
            anyPositive |= v > 0;
            anyNegative |= v < 0;
        }
        if (anyPositive && anyNegative) return "saddle point";
        if (anyPositive) return "local minimum";
        if (anyNegative) return "local maximum";
        return "undecided (second-order test fails)";
    }
}

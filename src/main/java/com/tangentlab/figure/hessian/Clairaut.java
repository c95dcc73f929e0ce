package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Gaussians;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import com.tangentlab.figure.calc.Verdicts;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Section 6.2: mixed partials taken in both orders agree for a smooth function, and differ at the
 * origin for Peano's f = xy(x² − y²)/(x² + y²).
 */
public final class Clairaut implements Figure {
    static final int N = 5;
    /** Steps of the nested differences on the smooth function: rounding 1e-16 f / h² stays near 1e-8. */
    static final double SMOOTH_STEP = 1e-4;
    /** The notebook's symmetry tolerance, a hundred times that rounding. */
    static final double SMOOTH_TOLERANCE = 1e-6;
    /** For Peano's f the inner step must be far below the outer one: the error is about 2(h/k)² = 2e-6. */
    static final double PEANO_INNER = 1e-6;
    static final double PEANO_OUTER = 1e-3;
    /** Fifty times that error: enough to tell −1 from +1 with room, far too tight to confuse them. */
    static final double PEANO_TOLERANCE = 1e-4;
    private static final long SEED = 62;

    @Override
    public String id() {
        return "clairaut";
    }

    @Override
    public String title() {
        return "Clairaut: the order of differentiation";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    static double peano(double[] p) {
        double x = p[0], y = p[1];
        double r2 = x * x + y * y;
        return r2 == 0 ? 0 : x * y * (x * x - y * y) / r2;
    }

    /** ∂/∂y of ∂f/∂x at the origin (differentiate in x first). */
    static double peanoXThenY() {
        return FiniteDifferences.nestedMixed(Clairaut::peano, new double[2], 0, PEANO_INNER, 1, PEANO_OUTER);
    }

    /** ∂/∂x of ∂f/∂y at the origin (differentiate in y first). */
    static double peanoYThenX() {
        return FiniteDifferences.nestedMixed(Clairaut::peano, new double[2], 1, PEANO_INNER, 0, PEANO_OUTER);
    }

    /** f(x) = ½xᵀQx + Σ sin x_i with a random symmetric Q, so H = Q − diag(sin x). */
    record Smooth(double[][] q, double[] x) {
        static Smooth drawn() {
            SplittableRandom random = new SplittableRandom(SEED);
            double[][] g = Gaussians.matrix(random, N, N, 1);
            double[][] q = new double[N][N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) q[i][j] = 0.5 * (g[i][j] + g[j][i]);
            }
            return new Smooth(q, Gaussians.vector(random, N));
        }

        double value(double[] p) {
            double s = 0.5 * HessianFd.dot(p, Matrices.times(q, p));
            for (double v : p) s += Math.sin(v);
            return s;
        }

        double[][] hessian() {
            double[][] h = new double[N][N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) h[i][j] = q[i][j] - (i == j ? Math.sin(x[i]) : 0);
            }
            return h;
        }

        /** Entry (i, j) is ∂/∂x_j of ∂f/∂x_i: each order computed on its own. */
        double[][] nested() {
            double[][] h = new double[N][N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    h[i][j] = FiniteDifferences.nestedMixed(this::value, x, i, SMOOTH_STEP, j, SMOOTH_STEP);
                }
            }
            return h;
        }
    }

    @Override
    public Plot compute(Values values) {
        Smooth smooth = Smooth.drawn();
        double[][] nested = smooth.nested();
        double asymmetry = Matrices.maxAbsDifference(nested, Matrices.transpose(nested));
        double xThenY = peanoXThenY();
        double yThenX = peanoYThenX();
        double h = PEANO_INNER;
        double stencil = (peano(new double[] {h, h}) - peano(new double[] {h, -h}) - peano(new double[] {-h, h})
                + peano(new double[] {-h, -h})) / (4 * h * h);
        Plot.Table table = new Plot.Table("Mixed partials of Peano's f at the origin", List.of("derivative",
                "how", "numerical", "exact"), List.of(
                List.of("∂/∂y (∂f/∂x)", "x-difference h = " + Numbers.power(h) + " inside a y-difference k = " + Numbers.power(PEANO_OUTER),
                        Numbers.fixed(xThenY, 6), "−1"),
                List.of("∂/∂x (∂f/∂y)", "y-difference h = " + Numbers.power(h) + " inside an x-difference k = " + Numbers.power(PEANO_OUTER),
                        Numbers.fixed(yThenX, 6), "+1"),
                List.of("four-point stencil", "both steps h = " + Numbers.power(h) + " at once", Numbers.fixed(stencil, 6),
                        "blind to the order")));
        Plot.Checks checks = new Plot.Checks("Checks", List.of(
                Verdicts.within("smooth f: ∂i∂j f = ∂j∂i f (each order computed separately)",
                        "max |H − Hᵀ|", asymmetry, SMOOTH_TOLERANCE),
                Verdicts.within("smooth f: both orders equal Q − diag(sin x)", "max difference",
                        Matrices.maxAbsDifference(nested, smooth.hessian()), SMOOTH_TOLERANCE),
                Verdicts.within("Peano: x first, then y gives −1", "|value + 1|", Math.abs(xThenY + 1),
                        PEANO_TOLERANCE),
                Verdicts.within("Peano: y first, then x gives +1", "|value − 1|", Math.abs(yThenX - 1),
                        PEANO_TOLERANCE)));
        return Plots.of(this, "For a function with continuous second derivatives the order does not matter, so H"
                + " is symmetric. Peano's f has discontinuous second derivatives at the origin: differentiating in"
                + " x first gives f_x(0, y) = −y, in y first f_y(x, 0) = x, so the mixed partials are −1 and +1."
                + " A symmetric stencil cannot see this.", table, checks);
    }
}

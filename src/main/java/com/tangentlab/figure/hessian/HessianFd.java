package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import com.tangentlab.figure.calc.Verdicts;
import java.util.Arrays;
import java.util.List;

/** Section 6.1: Hessians by the four-point stencil, for a quadratic (H = A) and log-sum-exp (H = diag(p) − ppᵀ). */
public final class HessianFd implements Figure {
    /** The stencil divides by 4h²: h = 1e-4 keeps rounding (1e-16 f / h²) near 1e-7. */
    static final double STEP = 1e-4;
    /** The notebook's tolerance, ten times the rounding error above. */
    static final double TOLERANCE = 1e-6;
    static final double[][] A = {{3, 1, 0}, {1, 4, 2}, {0, 2, 5}};
    static final double[] QUADRATIC_POINT = {1, -1, 2};
    static final double[] LSE_POINT = {1, 2, 0.5};

    @Override
    public String id() {
        return "hessian-fd";
    }

    @Override
    public String title() {
        return "Hessians by finite differences";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    static double quadratic(double[] x) {
        return 0.5 * dot(x, Matrices.times(A, x));
    }

    static double logSumExp(double[] x) {
        double top = Arrays.stream(x).max().orElseThrow();
        return top + Math.log(Arrays.stream(x).map(v -> Math.exp(v - top)).sum());
    }

    /** diag(p) − ppᵀ with p = softmax(x): the softmax Jacobian again. */
    static double[][] logSumExpHessian(double[] x) {
        double lse = logSumExp(x);
        double[] p = Arrays.stream(x).map(v -> Math.exp(v - lse)).toArray();
        double[][] h = new double[p.length][p.length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) h[i][j] = (i == j ? p[i] : 0) - p[i] * p[j];
        }
        return h;
    }

    @Override
    public Plot compute(Values values) {
        double[][] quadratic = FiniteDifferences.hessian(HessianFd::quadratic, QUADRATIC_POINT, STEP);
        double[][] lse = FiniteDifferences.hessian(HessianFd::logSumExp, LSE_POINT, STEP);
        double[][] lseExact = logSumExpHessian(LSE_POINT);
        Plot.Table first = new Plot.Table("½xᵀAx at x = " + Numbers.vector(QUADRATIC_POINT, 0) + ", by finite differences",
                Numbers.columns(3, ""), Numbers.rows(quadratic, 6, "row"));
        Plot.Table second = new Plot.Table("log-sum-exp at z = " + Numbers.vector(LSE_POINT, 1)
                + ", by finite differences", Numbers.columns(3, ""), Numbers.rows(lse, 6, "row"));
        Plot.Checks checks = new Plot.Checks("Checks", List.of(
                Verdicts.within("the Hessian of ½xᵀAx is A, wherever it is taken", "max |H_fd − A|",
                        Matrices.maxAbsDifference(quadratic, A), TOLERANCE),
                Verdicts.within("the Hessian of log-sum-exp is diag(p) − ppᵀ", "max |H_fd − (diag(p) − ppᵀ)|",
                        Matrices.maxAbsDifference(lse, lseExact), TOLERANCE)));
        return Plots.of(this, "Entry (i, j) comes from f at the four corners x ± h e_i ± h e_j with h = " + Numbers.power(STEP)
                + ". The gradient of log-sum-exp is softmax, so its Hessian is the softmax Jacobian.",
                first, second, checks);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}

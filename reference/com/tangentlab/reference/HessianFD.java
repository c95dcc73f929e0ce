package com.tangentlab.reference;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Reference for {@code hessian-fd}: a centred finite-difference Hessian. Several centred
 * formulas are right (they differ by O(h²)), so answers are judged against the exact Hessian
 * of the test function, with a tolerance between the O(h²) and the O(h) errors.
 */
public final class HessianFD extends Reference {
    /** The step, relative to the length over which the test function bends. */
    private static final double RELATIVE_STEP = 1e-3;
    /**
     * Where the third derivative happens to be small next to the Hessian, O(h) and O(h²) formulas
     * give nearly the same matrix and a test could not tell them apart; such draws are redrawn,
     * so every test has a one-sided error of at least this, relative to the exact Hessian.
     */
    static final double LEAST_ONE_SIDED_ERROR = 5e-5;
    /** Added to every logit of the offset tests: f grows by this much, its Hessian not at all. */
    private static final double LARGE_OFFSET = 100;

    public HessianFD() {
        solution("hessianFD", args -> exact(args.fnValue(0), args.vec(1)));

        generator("small", r -> logSumExp(r, Gen.size(r, 2, 4), Gen.size(r, 3, 6), 1.0, 0));
        generator("quadratic", HessianFD::quadratic);
        generator("larger", r -> logSumExp(r, Gen.size(r, 10, 16), Gen.size(r, 15, 25), 1.0, 0));
        generator("large-value", r -> logSumExp(r, Gen.size(r, 3, 6), Gen.size(r, 4, 8), 1.0, LARGE_OFFSET));
        generator("steep", r -> logSumExp(r, Gen.size(r, 3, 6), Gen.size(r, 4, 8), 1e-3, 0));

        property("symmetric", (args, seen, tol) -> tol.negligible(
                Linear.asymmetry(rows(seen)), Linear.frobenius(exact(args.fnValue(0), args.vec(1)))));

        misconceptionIf("diagonal-only", (args, seen, tol) -> args.vec(1).length > 1 && isDiagonal(seen.result()));
        misconceptionIf("not-symmetric", (args, seen, tol) -> seen.result() instanceof Value.Mat m
                && Linear.isSquare(m.rows()) && !tol.negligible(Linear.asymmetry(m.rows()),
                        Linear.frobenius(exact(args.fnValue(0), args.vec(1)))));
        misconception("one-sided", args -> forward(args.scalarFn(0), args.vec(1), args.num(2)));
    }

    /** The exact Hessian of a quadratic or log-sum-exp fixture. */
    static double[][] exact(Value.Fn f, double[] x) {
        return f.name().equals(Fixtures.QUADRATIC) ? FixtureMaths.quadraticHessian(f)
                : FixtureMaths.logSumExpHessian(f, x);
    }

    /**
     * The four-point centred formula for every pair i ≤ j, mirrored:
     * H_ij = [f(x+he_i+he_j) − f(x+he_i−he_j) − f(x−he_i+he_j) + f(x−he_i−he_j)] / 4h².
     */
    static double[][] centred(ToDoubleFunction<double[]> f, double[] x, double h) {
        int n = x.length;
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = f.applyAsDouble(moved(x, i, h, j, h)) - f.applyAsDouble(moved(x, i, h, j, -h))
                        - f.applyAsDouble(moved(x, i, -h, j, h)) + f.applyAsDouble(moved(x, i, -h, j, -h));
                hessian[i][j] = sum / (4 * h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    /** The forward formula H_ij = [f(x+he_i+he_j) − f(x+he_i) − f(x+he_j) + f(x)] / h², error O(h). */
    static double[][] forward(ToDoubleFunction<double[]> f, double[] x, double h) {
        int n = x.length;
        double fx = f.applyAsDouble(x);
        double[] single = new double[n];
        for (int i = 0; i < n; i++) single[i] = f.applyAsDouble(moved(x, i, h, i, 0));
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hessian[i][j] = (f.applyAsDouble(moved(x, i, h, j, h)) - single[i] - single[j] + fx) / (h * h);
            }
        }
        return hessian;
    }

    private static double[] moved(double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        y[j] += dj;
        return y;
    }

    private static double[][] rows(Observed seen) {
        return ((Value.Mat) seen.result()).rows();
    }

    /** A square result with a nonzero diagonal and nothing off it (an all-zero matrix is a different slip). */
    private static boolean isDiagonal(Value result) {
        if (!(result instanceof Value.Mat m) || !Linear.isSquare(m.rows())) return false;
        boolean anyDiagonal = false;
        for (int i = 0; i < m.rows().length; i++) {
            anyDiagonal |= m.rows()[i][i] != 0;
            for (int j = 0; j < m.rows().length; j++) if (i != j && m.rows()[i][j] != 0) return false;
        }
        return anyDiagonal;
    }

    /**
     * log Σ exp(W x + b) on R^n with m logits, bending over a length L (W of size 1/L, x of size
     * L, step 1e-3·L), with every logit raised by {@code offset}.
     */
    private static List<Value> logSumExp(SplittableRandom r, int n, int m, double length, double offset) {
        while (true) {
            List<Value> drawn = logSumExpOnce(r, n, m, length, offset);
            Args args = new Args(drawn);
            double[][] oneSided = forward(args.scalarFn(0), args.vec(1), args.num(2));
            double[][] hessian = exact(args.fnValue(0), args.vec(1));
            if (FixtureMaths.relativeDistance(oneSided, hessian) >= LEAST_ONE_SIDED_ERROR) return drawn;
        }
    }

    private static List<Value> logSumExpOnce(SplittableRandom r, int n, int m, double length, double offset) {
        double[][] w = Gen.matrix(r, m, n, 1 / length);
        double[] b = Gen.vector(r, m, 1.0);
        for (int i = 0; i < m; i++) b[i] += offset;
        return List.of(Fixtures.affine(Fixtures.LOG_SUM_EXP, w, b), Gen.vec(Gen.vector(r, n, length)),
                Gen.num(RELATIVE_STEP * length));
    }

    /** ½ xᵀAx + bᵀx with a non-symmetric A: its Hessian is (A + Aᵀ)/2, and any formula is exact. */
    private static List<Value> quadratic(SplittableRandom r) {
        int n = Gen.size(r, 3, 6);
        return List.of(FixtureMaths.quadratic(Gen.matrix(r, n, n, 2.0), Gen.vector(r, n, 1.0)),
                Gen.vec(Gen.vector(r, n, 2.0)), Gen.num(RELATIVE_STEP));
    }
}

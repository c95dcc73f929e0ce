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
import java.util.function.Function;

/**
 * Reference for {@code jacobian-fd}: the centred finite-difference Jacobian
 * J[:, j] = (f(x + h e_j) − f(x − h e_j)) / 2h, m × n, from exactly 2n evaluations of f.
 */
public final class JacobianFD extends Reference {
    /**
     * Centred differences are within (h/L)²·|f'''|/6 of the exact Jacobian, about 1e-8 relative
     * for the steps drawn here (h = 1e-4·L); one-sided differences are off by (h/L)·|f''|/2, at
     * least 1e-5 by construction of the tests. 1e-6 lies two orders of magnitude from the one and
     * one order from the other.
     */
    static final double ANALYTIC_AGREEMENT = 1e-6;
    /** The step, relative to the length scale L over which the test function bends. */
    private static final double RELATIVE_STEP = 1e-4;
    /** Pre-activations are kept in ±[0.5, 1.2], where tanh bends: f'' is bounded away from 0. */
    private static final double LEAST_BEND = 0.5, MOST_BEND = 1.2;

    public JacobianFD() {
        solution("jacobianFD", args -> centred(args.fn(0), args.vec(1), args.num(2)));

        generator("small", r -> bentMap(r, Gen.size(r, 2, 5), Gen.size(r, 3, 5), 1.0));
        generator("wide", r -> bentMap(r, Gen.size(r, 1, 2), Gen.size(r, 5, 8), 1.0));
        generator("tall", r -> bentMap(r, Gen.size(r, 6, 9), Gen.size(r, 3, 4), 1.0));
        generator("larger", r -> bentMap(r, Gen.size(r, 20, 40), Gen.size(r, 30, 50), 1.0));
        generator("large-inputs", r -> bentMap(r, Gen.size(r, 2, 5), Gen.size(r, 3, 6), 1e4));

        property("agrees-with-analytic", JacobianFD::agreesWithAnalytic);
        property("two-evaluations-per-coordinate", (args, seen, tol) -> seen.callsOf(0) == 2L * args.vec(1).length);

        misconception("transposed", args -> FixtureMaths.transpose(centred(args.fn(0), args.vec(1), args.num(2))));
        misconceptionIf("one-sided", JacobianFD::oneSided);
        misconception("step-not-doubled", args -> FixtureMaths.scaled(centred(args.fn(0), args.vec(1), args.num(2)), 2));
    }

    static double[][] centred(Function<double[], double[]> f, double[] x, double h) {
        double[][] j = null;
        for (int col = 0; col < x.length; col++) {
            double[] up = x.clone(), down = x.clone();
            up[col] += h;
            down[col] -= h;
            double[] fUp = f.apply(up), fDown = f.apply(down);
            if (j == null) j = new double[fUp.length][x.length];
            for (int row = 0; row < fUp.length; row++) j[row][col] = (fUp[row] - fDown[row]) / (2 * h);
        }
        return j;
    }

    /** (f(x + s·h e_j) − f(x)) / (s·h): forward for s = 1, backward for s = −1. */
    static double[][] oneSided(Function<double[], double[]> f, double[] x, double h, int side) {
        double[] fx = f.apply(x);
        double[][] j = new double[fx.length][x.length];
        for (int col = 0; col < x.length; col++) {
            double[] moved = x.clone();
            moved[col] += side * h;
            double[] fMoved = f.apply(moved);
            for (int row = 0; row < fx.length; row++) j[row][col] = (fMoved[row] - fx[row]) / (side * h);
        }
        return j;
    }

    private static boolean oneSided(Args args, Observed seen, Tolerance tol) {
        for (int side : new int[] {1, -1}) {
            if (tol.agrees(Gen.mat(oneSided(args.fn(0), args.vec(1), args.num(2), side)), seen.result())) return true;
        }
        return false;
    }

    private static boolean agreesWithAnalytic(Args args, Observed seen, Tolerance tol) {
        double[][] exact = FixtureMaths.tanhAffineJacobian(args.fnValue(0), args.vec(1));
        return FixtureMaths.relativeDistance(((Value.Mat) seen.result()).rows(), exact) <= ANALYTIC_AGREEMENT;
    }

    /**
     * tanh(W x + b) from R^n to R^m that bends over a length L: W has entries of size 1/L, x of
     * size L, and b puts every pre-activation at ±[0.5, 1.2], so no output is locally flat or
     * saturated. The step is h = 1e-4·L.
     */
    private static List<Value> bentMap(SplittableRandom r, int m, int n, double length) {
        double[][] w = Gen.matrix(r, m, n, 1 / length);
        double[] x = Gen.vector(r, n, length);
        double[] wx = Linear.times(w, x);
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            double target = r.nextDouble(LEAST_BEND, MOST_BEND) * (r.nextBoolean() ? 1 : -1);
            b[i] = target - wx[i];
        }
        return List.of(Fixtures.affine(Fixtures.TANH_AFFINE, w, b), Gen.vec(x), Gen.num(RELATIVE_STEP * length));
    }
}

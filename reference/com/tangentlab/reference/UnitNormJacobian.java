package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reference for {@code unit-norm-jacobian}: the Jacobian of x ↦ x/‖x‖ is (I − x̂x̂ᵀ)/‖x‖,
 * the projection onto the plane orthogonal to x, shrunk by the length of x.
 */
public final class UnitNormJacobian extends Reference {
    /**
     * Entries of this size make a sum of squares overflow (above about 1e154) or underflow to
     * zero (below about 1e-162), so ‖x‖ must be computed with scaling; both the inputs and J
     * (near 1e∓170) stay far inside the range of doubles.
     */
    static final double EXTREME = 1e170;
    /** Inputs with entries beyond this size are the extreme ones, where a naive norm overflows. */
    static final double OVERFLOWING = 1e150;

    public UnitNormJacobian() {
        solution("unitNormJacobian", args -> jacobian(args.vec(0)));

        generator("small", r -> draw(r, Gen.size(r, 2, 8), 2.0));
        generator("wide", r -> draw(r, Gen.size(r, 50, 200), 1.0));
        generator("far-from-unit-length", r -> draw(r, Gen.size(r, 3, 10), Math.pow(10, r.nextDouble(-8, 8))));
        generator("tiny", r -> draw(r, Gen.size(r, 3, 10), 1 / EXTREME));
        generator("huge", r -> draw(r, Gen.size(r, 3, 10), EXTREME));

        property("x-in-null-space", UnitNormJacobian::annihilatesX);
        property("symmetric", (args, seen, tol) -> tol.negligible(Linear.asymmetry(unitScale(rows(seen))), Linear.frobenius(unitScale(rows(seen)))));
        property("shrinks-by-norm", UnitNormJacobian::shrinksByNorm);

        misconception("missing-inverse-norm", args -> Linear.scaled(jacobian(args.vec(0)), Linear.norm(args.vec(0))));
        misconception("missing-projection", args -> Linear.scaled(Linear.identity(args.vec(0).length), 1 / Linear.norm(args.vec(0))));
        misconception("outer-product-of-x", UnitNormJacobian::withOuterProductOfX);
        misconceptionIf("norm-overflows", (args, seen, tol) -> largest(args.vec(0)) > OVERFLOWING && Linear.frobenius(rows(seen)) == 0);
    }

    static double[][] jacobian(double[] x) {
        double length = Linear.norm(x);
        double[] hat = Linear.scaled(x, 1 / length);
        double[][] j = new double[x.length][x.length];
        for (int a = 0; a < x.length; a++) {
            for (int b = 0; b < x.length; b++) j[a][b] = ((a == b ? 1 : 0) - hat[a] * hat[b]) / length;
        }
        return j;
    }

    /** Entries uniform in ±scale, none of them zero, so ‖x‖ has the order of scale. */
    private static List<Value> draw(SplittableRandom r, int n, double scale) {
        return List.of(Gen.vec(Gen.vector(r, n, scale)));
    }

    /** (I − x xᵀ)/‖x‖: the outer product of x itself where x̂ x̂ᵀ belongs. */
    private static double[][] withOuterProductOfX(Args args) {
        double[] x = args.vec(0);
        double length = Linear.norm(x);
        double[][] j = new double[x.length][x.length];
        for (int a = 0; a < x.length; a++) {
            for (int b = 0; b < x.length; b++) j[a][b] = ((a == b ? 1 : 0) - x[a] * x[b]) / length;
        }
        return j;
    }

    /** ‖J x‖ is zero on the scale of ‖J‖‖x‖; both are rescaled to order one first. */
    private static boolean annihilatesX(Args args, Observed seen, Tolerance tol) {
        double[][] j = unitScale(rows(seen));
        double[] x = Linear.scaled(args.vec(0), 1 / largest(args.vec(0)));
        return tol.negligible(Linear.norm(Linear.times(j, x)), Linear.frobenius(j) * Linear.norm(x));
    }

    /** J acts as 1/‖x‖ on the n − 1 directions orthogonal to x, so ‖J‖_F ‖x‖ = √(n − 1). */
    private static boolean shrinksByNorm(Args args, Observed seen, Tolerance tol) {
        double expected = Math.sqrt(args.vec(0).length - 1);
        return tol.negligible(Linear.frobenius(rows(seen)) * Linear.norm(args.vec(0)) - expected, expected);
    }

    /** J divided by its largest entry, so that the checks above never square a huge or tiny number. */
    private static double[][] unitScale(double[][] j) {
        double top = 0;
        for (double[] row : j) for (double v : row) top = Math.max(top, Math.abs(v));
        return top == 0 ? j : Linear.scaled(j, 1 / top);
    }

    private static double largest(double[] v) {
        double top = 0;
        for (double x : v) top = Math.max(top, Math.abs(x));
        return top;
    }

    private static double[][] rows(Observed seen) {
        return ((Value.Mat) seen.result()).rows();
    }
}

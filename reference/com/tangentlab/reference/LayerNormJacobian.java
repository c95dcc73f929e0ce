package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reference for {@code layernorm-jacobian}: the Jacobian of y = (x − μ)/σ with the population
 * standard deviation, J = (1/σ)(I − 11ᵀ/d − x̂x̂ᵀ/d).
 */
public final class LayerNormJacobian extends Reference {
    /**
     * Singular values below this fraction of the largest count as zero. The two exact zeros
     * come out near 1e-16 relative; the d − 2 others all equal 1/σ, so any cut-off far from
     * both separates them.
     */
    static final double RANK_CUTOFF = 1e-8;

    public LayerNormJacobian() {
        solution("layerNormJacobian", args -> jacobian(args.vec(0)));

        generator("small", r -> draw(r, Gen.size(r, 3, 8), 0, 3.0));
        generator("medium", r -> draw(r, Gen.size(r, 16, 64), 0, 5.0));
        generator("large-offset", r -> draw(r, Gen.size(r, 4, 16), 1e3, 1.0));
        generator("tiny-spread", r -> draw(r, Gen.size(r, 4, 16), r.nextDouble(-1, 1), 1e-4));

        property("symmetric", (args, seen, tol) -> symmetric(rows(seen), tol));
        property("ones-in-null-space", (args, seen, tol) -> annihilates(rows(seen), Linear.ones(args.vec(0).length), tol));
        property("xhat-in-null-space", (args, seen, tol) -> annihilates(rows(seen), normalized(args.vec(0)), tol));
        property("rank-d-minus-2", (args, seen, tol) -> Linear.rank(rows(seen), RANK_CUTOFF) == args.vec(0).length - 2);

        misconception("missing-xhat-outer-product", args -> withTerms(args.vec(0), true, false));
        misconception("missing-mean-term", args -> withTerms(args.vec(0), false, true));
        misconceptionIf("sample-std", LayerNormJacobian::usesSampleStd);
        misconception("missing-inverse-sigma", args -> scaled(jacobian(args.vec(0)), std(args.vec(0), 0)));
    }

    /** x = offset + (entries uniform in [−spread, spread]). */
    private static List<Value> draw(SplittableRandom r, int d, double offset, double spread) {
        double[] x = Gen.vector(r, d, spread);
        for (int i = 0; i < d; i++) x[i] += offset;
        return List.of(Gen.vec(x));
    }

    static double[][] jacobian(double[] x) {
        return withTerms(x, true, true);
    }

    /** (1/σ)(I − [11ᵀ/d] − [x̂x̂ᵀ/d]), each bracketed term present or not. */
    private static double[][] withTerms(double[] x, boolean meanTerm, boolean outerTerm) {
        return formula(x, std(x, 0), x.length, meanTerm, outerTerm);
    }

    /**
     * (1/s)(I − 11ᵀ/d − ŷŷᵀ/n) with ŷ = (x − μ)/s, for a given s and divisor n. The population
     * case is s = σ, n = d.
     */
    private static double[][] formula(double[] x, double s, int divisor, boolean meanTerm, boolean outerTerm) {
        int d = x.length;
        double mean = mean(x);
        double[] hat = new double[d];
        for (int i = 0; i < d; i++) hat[i] = (x[i] - mean) / s;
        double[][] j = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double entry = a == b ? 1 : 0;
                if (meanTerm) entry -= 1.0 / d;
                if (outerTerm) entry -= hat[a] * hat[b] / divisor;
                j[a][b] = entry / s;
            }
        }
        return j;
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        return sum / x.length;
    }

    /** Two-pass standard deviation with divisor d − dof: dof 0 is the population std. */
    static double std(double[] x, int dof) {
        double mean = mean(x), sum = 0;
        for (double v : x) sum += (v - mean) * (v - mean);
        return Math.sqrt(sum / (x.length - dof));
    }

    static double[] normalized(double[] x) {
        double mean = mean(x), sigma = std(x, 0);
        double[] hat = new double[x.length];
        for (int i = 0; i < x.length; i++) hat[i] = (x[i] - mean) / sigma;
        return hat;
    }

    /**
     * Sample std either throughout (the exact Jacobian of (x − μ)/s) or only in place of σ
     * in the population formula; both are the same slip.
     */
    private static boolean usesSampleStd(Args args, com.tangentlab.exercise.Observed seen, Tolerance tol) {
        double[] x = args.vec(0);
        double s = std(x, 1);
        return tol.agrees(Gen.mat(formula(x, s, x.length - 1, true, true)), seen.result())
                || tol.agrees(Gen.mat(formula(x, s, x.length, true, true)), seen.result());
    }

    private static double[][] scaled(double[][] a, double factor) {
        for (double[] row : a) for (int j = 0; j < row.length; j++) row[j] *= factor;
        return a;
    }

    private static double[][] rows(com.tangentlab.exercise.Observed seen) {
        return ((Value.Mat) seen.result()).rows();
    }

    private static boolean symmetric(double[][] j, Tolerance tol) {
        return tol.negligible(Linear.asymmetry(j), Linear.frobenius(j));
    }

    /** ‖J v‖ is zero on the scale of ‖J‖_F ‖v‖. */
    private static boolean annihilates(double[][] j, double[] v, Tolerance tol) {
        return tol.negligible(Linear.norm(Linear.times(j, v)), Linear.frobenius(j) * Linear.norm(v));
    }
}

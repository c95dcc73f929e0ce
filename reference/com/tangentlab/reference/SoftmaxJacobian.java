package com.tangentlab.reference;

import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import com.tangentlab.exercise.Values;
import java.util.List;

/** Reference for {@code softmax-jacobian}: J = diag(p) - p p^T with p = softmax(z). */
public final class SoftmaxJacobian extends Reference {

    public SoftmaxJacobian() {
        solution("softmaxJacobian", args -> jacobian(args.vec(0)));

        generator("small", r -> List.of(Gen.vec(Gen.vector(r, Gen.size(r, 2, 8), 3.0))));
        generator("medium", r -> List.of(Gen.vec(Gen.vector(r, Gen.size(r, 20, 64), 5.0))));
        generator("large-logits", r -> List.of(Gen.vec(largeLogits(r))));
        generator("wide", r -> List.of(Gen.vec(Gen.vector(r, 1000, 4.0))));

        property("symmetric", (args, seen, tol) -> symmetric(rows(seen.result()), tol));
        property("rows-sum-to-zero", (args, seen, tol) -> rowsSumToZero(rows(seen.result()), tol));
        property("diagonal-is-p-times-1-minus-p", (args, seen, tol) -> diagonalMatches(args, rows(seen.result()), tol));

        misconception("missing-outer-product", args -> diag(softmax(args.vec(0))));
        misconception("outer-product-sign", args -> plusOuter(args.vec(0)));
        // Not a value to compare with: the unshifted computation gives NaN, and NaN equals nothing.
        misconceptionIf("unstable-softmax", (args, seen, tol) -> Values.hasNonFinite(seen.result())
                && Values.hasNonFinite(Gen.mat(naiveJacobian(args.vec(0)))));
    }

    /**
     * Logits in ±800 with one of them exactly +800, so that an unshifted exp overflows on every
     * draw rather than on most: the score of such a submission must not depend on the seed.
     */
    private static double[] largeLogits(java.util.SplittableRandom r) {
        double[] z = Gen.vector(r, Gen.size(r, 3, 12), 800.0);
        z[r.nextInt(z.length)] = 800.0;
        return z;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    static double[][] jacobian(double[] z) {
        double[] p = softmax(z);
        double[][] j = new double[p.length][p.length];
        for (int a = 0; a < p.length; a++) {
            for (int b = 0; b < p.length; b++) j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
        }
        return j;
    }

    private static double[][] diag(double[] p) {
        double[][] d = new double[p.length][p.length];
        for (int i = 0; i < p.length; i++) d[i][i] = p[i];
        return d;
    }

    private static double[][] plusOuter(double[] z) {
        double[] p = softmax(z);
        double[][] j = diag(p);
        for (int a = 0; a < p.length; a++) for (int b = 0; b < p.length; b++) j[a][b] += p[a] * p[b];
        return j;
    }

    /** What an implementation without the max-shift computes: NaN once exp overflows. */
    private static double[][] naiveJacobian(double[] z) {
        double sum = 0;
        for (double v : z) sum += Math.exp(v);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i]) / sum;
        double[][] j = diag(p);
        for (int a = 0; a < p.length; a++) for (int b = 0; b < p.length; b++) j[a][b] -= p[a] * p[b];
        return j;
    }

    private static double[][] rows(com.tangentlab.agent.Value v) {
        return ((com.tangentlab.agent.Value.Mat) v).rows();
    }

    private static boolean symmetric(double[][] j, Tolerance tol) {
        for (int a = 0; a < j.length; a++) {
            for (int b = 0; b < a; b++) if (!tol.negligible(j[a][b] - j[b][a], Math.abs(j[a][b]) + 1)) return false;
        }
        return true;
    }

    private static boolean rowsSumToZero(double[][] j, Tolerance tol) {
        for (double[] row : j) {
            double sum = 0, scale = 0;
            for (double v : row) {
                sum += v;
                scale += Math.abs(v);
            }
            if (!tol.negligible(sum, scale)) return false;
        }
        return true;
    }

    private static boolean diagonalMatches(Args args, double[][] j, Tolerance tol) {
        double[] p = softmax(args.vec(0));
        for (int i = 0; i < p.length; i++) if (!tol.negligible(j[i][i] - p[i] * (1 - p[i]), p[i])) return false;
        return true;
    }

}

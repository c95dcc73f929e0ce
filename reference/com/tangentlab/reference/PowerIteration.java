package com.tangentlab.reference;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.ejml.simple.SimpleMatrix;

/**
 * Reference for {@code power-iteration}: from v = a seeded Gaussian vector, normalised, repeat
 * {@code iters} times w = H v, λ = vᵀw, v = w / ‖w‖, and return the last λ (as in the notes).
 * The start vector is prescribed, so even an unconverged estimate has one right value.
 */
public final class PowerIteration extends Reference {
    /** A Rayleigh quotient never exceeds λ_max; this much relative slack covers rounding. */
    static final double ROUNDING = 1e-12;
    private static final int HVP = 0, ITERS = 2;

    public PowerIteration() {
        solution("lambdaMax", args -> estimate(hvp(args), n(args), iters(args), args.integer(3)));

        // A second eigenvalue at most 0.7 λ_max: the estimate is exact to 0.7^(2k) < 1e-18 after k ≥ 60.
        generator("converged", r -> operator(r, Gen.size(r, 5, 20), Gen.size(r, 60, 80), 10, 0.7, 0));
        generator("few-iterations", r -> operator(r, Gen.size(r, 10, 30), Gen.size(r, 2, 6), 1, 0.9, 0));
        // Here 0.8^(2k) ≥ 1e-4: far from converged, so a different start or count is visible.
        generator("larger", r -> operator(r, Gen.size(r, 60, 120), Gen.size(r, 20, 30), 1, 0.8, 0));
        generator("large-eigenvalues", r -> operator(r, Gen.size(r, 5, 15), Gen.size(r, 200, 300), 1e4, 0.7, 0));
        generator("null-space", r -> operator(r, Gen.size(r, 8, 16), Gen.size(r, 20, 40), 3, 0.5, 0.5));

        property("at-most-lambda-max", (args, seen, tol) -> number(seen) <= lambdaMax(args) * (1 + ROUNDING));
        property("hvp-budget", (args, seen, tol) -> seen.callsOf(HVP) <= iters(args) + 1L);

        misconceptionIf("no-normalisation", (args, seen, tol) -> seen.result() instanceof Value.Num v
                && !Double.isFinite(v.value()));
        misconception("norm-not-rayleigh", args -> lastNorm(hvp(args), n(args), iters(args), args.integer(3)));
        misconception("rayleigh-after-last-step",
                args -> rayleigh(hvp(args), iterate(hvp(args), n(args), iters(args), args.integer(3))));
        misconceptionIf("iterations-ignored", (args, seen, tol) -> seen.callsOf(HVP) < iters(args)
                || seen.callsOf(HVP) > iters(args) + 1L);
        misconceptionIf("different-start", (args, seen, tol) -> seen.result() instanceof Value.Num v
                && v.value() <= lambdaMax(args) * (1 + ROUNDING));
    }

    static double estimate(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
        double[] v = start(n, seed);
        double lambda = 0;
        for (int k = 0; k < iters; k++) {
            double[] w = hvp.apply(v);
            lambda = dot(v, w);
            v = normalised(w);
        }
        return lambda;
    }

    /** v after {@code iters} steps. */
    private static double[] iterate(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
        double[] v = start(n, seed);
        for (int k = 0; k < iters; k++) v = normalised(hvp.apply(v));
        return v;
    }

    private static double lastNorm(UnaryOperator<double[]> hvp, int n, int iters, long seed) {
        return Linear.norm(hvp.apply(iterate(hvp, n, iters - 1, seed)));
    }

    private static double rayleigh(UnaryOperator<double[]> hvp, double[] v) {
        return dot(v, hvp.apply(v));
    }

    private static double[] start(int n, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextGaussian();
        return normalised(v);
    }

    private static double[] normalised(double[] v) {
        double norm = Linear.norm(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] / norm;
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static UnaryOperator<double[]> hvp(Args args) {
        return args.fn(HVP)::apply;
    }

    private static int n(Args args) {
        return Math.toIntExact(args.integer(1));
    }

    private static int iters(Args args) {
        return Math.toIntExact(args.integer(ITERS));
    }

    private static double number(Observed seen) {
        return ((Value.Num) seen.result()).value();
    }

    /** The largest eigenvalue of the symmetric matrix behind the operator. */
    static double lambdaMax(Args args) {
        double[][] a = FixtureMaths.weights(args.fnValue(HVP));
        var eig = new SimpleMatrix(a).eig();
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) largest = Math.max(largest, eig.getEigenvalue(i).getReal());
        return largest;
    }

    /**
     * v -> A v for a symmetric PSD A with λ_max = {@code top} and the other eigenvalues uniform
     * in [0, ratio·top], a fraction {@code zeros} of them exactly 0; and n, iters and a seed.
     */
    private static List<Value> operator(SplittableRandom r, int n, int iters, double top, double ratio, double zeros) {
        double[] eigenvalues = new double[n];
        eigenvalues[0] = top;
        for (int i = 1; i < n; i++) eigenvalues[i] = i < n * zeros ? 0 : r.nextDouble(0, ratio * top);
        double[][] a = Gen.withEigenvalues(r, eigenvalues);
        return List.of(Fixtures.affine(Fixtures.AFFINE, a, new double[n]), new Value.Int(n), new Value.Int(iters),
                new Value.Int(r.nextLong()));
    }
}

package com.tangentlab.reference;

import com.tangentlab.agent.Fixtures;
import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reference for {@code coupling-logdet}: the affine coupling y1 = x1, y2 = x2 ⊙ exp(s(x1)) + t(x1).
 * Its Jacobian is block lower-triangular with diagonal (1, …, 1, exp(s(x1))), so
 * log|det J| = Σ s(x1), and the inverse is x1 = y1, x2 = (y2 − t(y1)) ⊙ exp(−s(y1)).
 */
public final class CouplingLayer extends Reference {
    /** couplingLogDet takes (x, s); couplingInverse takes (y, s, t). */
    private static final int LOG_DET_ARITY = 2;
    private static final int INVERSE_ARITY = 3;

    public CouplingLayer() {
        solution("couplingLogDet", args -> logDet(args.vec(0), args.fn(1)::apply));
        solution("couplingInverse", args -> inverse(args.vec(0), args.fn(1)::apply, args.fn(2)::apply));

        // At least two scales: with one, log Σ exp(s) = Σ s and the log-of-sum slip goes unseen.
        generator("log-det-small", r -> logDetCase(r, Gen.size(r, 2, 4), Fixtures.TANH_AFFINE, 1.0));
        generator("log-det-wide", r -> logDetCase(r, Gen.size(r, 32, 128), Fixtures.AFFINE, 0.1));
        generator("inverse-small", r -> inverseCase(r, Gen.size(r, 1, 4), Fixtures.TANH_AFFINE, 1.0));
        generator("inverse-wide", r -> inverseCase(r, Gen.size(r, 32, 128), Fixtures.AFFINE, 0.1));
        generator("inverse-strong-scaling", r -> inverseCase(r, Gen.size(r, 2, 8), Fixtures.AFFINE, 2.0));

        property("round-trip", CouplingLayer::roundTrips);

        misconceptionFor("determinant-not-log", LOG_DET_ARITY, args -> Math.exp(logDet(args.vec(0), args.fn(1)::apply)));
        misconceptionFor("scale-of-wrong-half", LOG_DET_ARITY, args -> sum(args.fn(1).apply(half(args.vec(0), 1))));
        misconceptionFor("log-of-sum", LOG_DET_ARITY, args -> Math.log(sumOfExp(args.fn(1).apply(half(args.vec(0), 0)))));
        misconceptionFor("inverse-scales-up", INVERSE_ARITY, args -> wrongInverse(args, true, 1.0));
        misconceptionFor("inverse-keeps-shift", INVERSE_ARITY, args -> wrongInverse(args, false, -1.0));
    }

    static double logDet(double[] x, UnaryOperator<double[]> s) {
        return sum(s.apply(half(x, 0)));
    }

    static double[] forward(double[] x, UnaryOperator<double[]> s, UnaryOperator<double[]> t) {
        double[] x1 = half(x, 0), x2 = half(x, 1);
        double[] scale = s.apply(x1), shift = t.apply(x1);
        double[] y2 = new double[x2.length];
        for (int i = 0; i < y2.length; i++) y2[i] = x2[i] * Math.exp(scale[i]) + shift[i];
        return join(x1, y2);
    }

    static double[] inverse(double[] y, UnaryOperator<double[]> s, UnaryOperator<double[]> t) {
        double[] y1 = half(y, 0), y2 = half(y, 1);
        double[] scale = s.apply(y1), shift = t.apply(y1);
        double[] x2 = new double[y2.length];
        for (int i = 0; i < x2.length; i++) x2[i] = (y2[i] - shift[i]) * Math.exp(-scale[i]);
        return join(y1, x2);
    }

    /** A detector that only looks at tests of the function with this many arguments. */
    private void misconceptionFor(String name, int arity, Function<Args, Object> wrongAnswer) {
        misconceptionIf(name, (args, seen, tol) -> args.size() == arity
                && tol.agrees(com.tangentlab.exercise.Values.of(wrongAnswer.apply(args)), seen.result()));
    }

    private static List<Value> logDetCase(SplittableRandom r, int half, String kind, double weightScale) {
        return List.of(Gen.vec(Gen.vector(r, 2 * half, 2.0)), net(r, half, kind, weightScale));
    }

    private static List<Value> inverseCase(SplittableRandom r, int half, String kind, double weightScale) {
        return List.of(Gen.vec(Gen.vector(r, 2 * half, 2.0)), net(r, half, kind, weightScale),
                net(r, half, Fixtures.AFFINE, 1.0));
    }

    /** A half → half network with weights uniform in ±weightScale and biases in ±0.5. */
    private static Value net(SplittableRandom r, int half, String kind, double weightScale) {
        return Fixtures.affine(kind, Gen.matrix(r, half, half, weightScale), Gen.vector(r, half, 0.5));
    }

    /** Pushing the returned x back through the layer gives y again; log-det tests hold vacuously. */
    private static boolean roundTrips(Args args, Observed seen, Tolerance tol) {
        if (args.size() != INVERSE_ARITY) return true;
        double[] x = ((Value.Vec) seen.result()).values();
        return tol.agrees(Gen.vec(args.vec(0)), Gen.vec(forward(x, args.fn(1)::apply, args.fn(2)::apply)));
    }

    /** (y2 − [t]) ⊙ exp(sign · s) with the shift subtracted or not. */
    private static double[] wrongInverse(Args args, boolean subtractShift, double sign) {
        double[] y = args.vec(0);
        double[] y1 = half(y, 0), y2 = half(y, 1);
        double[] scale = args.fn(1).apply(y1), shift = args.fn(2).apply(y1);
        double[] x2 = new double[y2.length];
        for (int i = 0; i < x2.length; i++) x2[i] = (y2[i] - (subtractShift ? shift[i] : 0)) * Math.exp(sign * scale[i]);
        return join(y1, x2);
    }

    /** The first (0) or second (1) half of an even-length vector. */
    static double[] half(double[] v, int which) {
        int h = v.length / 2;
        return Arrays.copyOfRange(v, which * h, (which + 1) * h);
    }

    private static double[] join(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double sum(double[] v) {
        double total = 0;
        for (double x : v) total += x;
        return total;
    }

    private static double sumOfExp(double[] v) {
        double total = 0;
        for (double x : v) total += Math.exp(x);
        return total;
    }
}

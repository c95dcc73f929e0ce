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
import java.util.function.ToDoubleFunction;

/**
 * Reference for {@code gradient-check}: the relative error ‖a − b‖ / (‖a‖ + ‖b‖ + 1e-12), and a
 * gradient check that compares an analytic gradient with centred differences (step 1e-5) and
 * accepts a relative error of at most 1e-6.
 */
public final class GradientCheck extends Reference {
    /** The step of the centred differences, as the statement prescribes. */
    static final double STEP = 1e-5;
    /** The largest relative error accepted, as the statement prescribes. */
    static final double THRESHOLD = 1e-6;
    /** Keeps 0/0 out of the relative error of two zero vectors. */
    static final double GUARD = 1e-12;
    /** A threshold asking more of centred differences than rounding lets them give. */
    static final double OVER_STRICT = 1e-10;
    private static final int RELATIVE_ERROR_ARITY = 2;

    /** How a gradient check measures the disagreement between two gradients. */
    private interface Distance {
        double between(double[] analytic, double[] numeric);
    }

    public GradientCheck() {
        solution("relativeError", args -> relativeError(args.vec(0), args.vec(1)));
        solution("gradientIsCorrect", args -> check(args, GradientCheck::relativeError, THRESHOLD, true));

        generator("random-vectors", r -> vectors(r, Math.pow(10, r.nextDouble(-2, 3)), Math.pow(10, r.nextDouble(-6, 0))));
        generator("zero-vectors", r -> zeros(Gen.size(r, 3, 8)));
        generator("tiny-vectors", r -> vectors(r, 1e-13, 1.0));
        generator("huge-vectors", r -> vectors(r, 1e8, 1e-3));
        generator("near-a-minimum", r -> quadratic(r, 1.0, 0.05, 0.0, 0.01, true));
        generator("quadratic-unsymmetrised", r -> quadratic(r, 1.0, 0.0, 2.0, 0.0, false));
        generator("large-value-small-gradient", r -> logSumExp(r, 1e-3, 0.0));
        generator("log-sum-exp-wrong", r -> logSumExp(r, 1.0, 0.01));
        generator("steep-loss", r -> quadratic(r, 1e8, 0.0, 0.0, 1e3, true));
        generator("flat-loss-wrong", r -> quadratic(r, 1e-8, 0.0, 2.0, 0.0, false));

        property("relative-error-in-unit-interval", (args, seen, tol) -> args.size() != RELATIVE_ERROR_ARITY
                || (((Value.Num) seen.result()).value() >= 0 && ((Value.Num) seen.result()).value() <= 1));

        misconceptionIf("missing-guard", GradientCheck::missesGuard);
        misconceptionIf("absolute-error", (args, seen, tol) -> args.size() == RELATIVE_ERROR_ARITY
                ? tol.agrees(Gen.num(Linear.norm(Linear.minus(args.vec(0), args.vec(1)))), seen.result())
                : answers(seen, check(args, (a, b) -> Linear.norm(Linear.minus(a, b)), THRESHOLD, true)));
        misconceptionIf("one-sided-check", (args, seen, tol) -> args.size() != RELATIVE_ERROR_ARITY
                && answers(seen, check(args, GradientCheck::relativeError, THRESHOLD, false)));
        misconceptionIf("over-strict-threshold", (args, seen, tol) -> args.size() != RELATIVE_ERROR_ARITY
                && answers(seen, check(args, GradientCheck::relativeError, OVER_STRICT, true)));
    }

    static double relativeError(double[] a, double[] b) {
        return Linear.norm(Linear.minus(a, b)) / (Linear.norm(a) + Linear.norm(b) + GUARD);
    }

    /** Whether grad(w) agrees with a finite-difference gradient of the loss, for this distance and threshold. */
    private static boolean check(Args args, Distance distance, double threshold, boolean centred) {
        ToDoubleFunction<double[]> loss = args.scalarFn(0);
        Function<double[], double[]> grad = args.fn(1);
        double[] w = args.vec(2);
        double[] numeric = centred ? centredGradient(loss, w) : forwardGradient(loss, w);
        return distance.between(grad.apply(w), numeric) <= threshold;
    }

    static double[] centredGradient(ToDoubleFunction<double[]> loss, double[] w) {
        double[] g = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone(), down = w.clone();
            up[j] += STEP;
            down[j] -= STEP;
            g[j] = (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (2 * STEP);
        }
        return g;
    }

    private static double[] forwardGradient(ToDoubleFunction<double[]> loss, double[] w) {
        double at = loss.applyAsDouble(w);
        double[] g = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone();
            up[j] += STEP;
            g[j] = (loss.applyAsDouble(up) - at) / STEP;
        }
        return g;
    }

    private static boolean answers(Observed seen, boolean variant) {
        return seen.result() instanceof Value.Flag f && f.value() == variant;
    }

    /** 0/0 on two zero vectors, or ‖a − b‖ / (‖a‖ + ‖b‖) where the guard matters. */
    private static boolean missesGuard(Args args, Observed seen, Tolerance tol) {
        if (args.size() != RELATIVE_ERROR_ARITY || !(seen.result() instanceof Value.Num n)) return false;
        double[] a = args.vec(0), b = args.vec(1);
        double unguarded = Linear.norm(Linear.minus(a, b)) / (Linear.norm(a) + Linear.norm(b));
        return Double.isNaN(n.value()) ? Double.isNaN(unguarded) : tol.agrees(Gen.num(unguarded), seen.result());
    }

    private static List<Value> zeros(int n) {
        return List.of(Gen.vec(new double[n]), Gen.vec(new double[n]));
    }

    /** a of entries of size {@code scale}, and b = a plus noise of relative size {@code spread}. */
    private static List<Value> vectors(SplittableRandom r, double scale, double spread) {
        int n = Gen.size(r, 3, 20);
        double[] a = Gen.vector(r, n, scale);
        double[] b = Linear.plus(a, Gen.vector(r, n, scale * spread));
        return List.of(Gen.vec(a), Gen.vec(b));
    }

    /**
     * ½ wᵀAw + bᵀw with A of size {@code curvature}, minimum w* of size {@code minimumSize}
     * (b = −A w*), checked at w = w* + δ with δ of size {@code distance} (or at a random w of
     * size {@code spread} when that is 0). The gradient offered is A_sym w + b when
     * {@code symmetrised}, else the classic slip A w + b, which is wrong for a non-symmetric A.
     */
    private static List<Value> quadratic(SplittableRandom r, double curvature, double minimumSize, double spread,
            double distance, boolean symmetrised) {
        int n = Gen.size(r, 3, 8);
        double[][] a = symmetrised ? Gen.spd(r, n, 10, curvature) : Gen.matrix(r, n, n, curvature);
        double[] minimum = minimumSize > 0 ? Gen.vector(r, n, minimumSize) : new double[n];
        double[] b = Linear.times(a, minimum);
        for (int i = 0; i < n; i++) b[i] = -b[i];
        double[] w = distance > 0 ? Linear.plus(minimum, Gen.vector(r, n, distance)) : Gen.vector(r, n, spread);
        return List.of(FixtureMaths.quadratic(a, b), Fixtures.affine(Fixtures.AFFINE, a, b), Gen.vec(w));
    }

    /**
     * log Σ exp(Wx + b) with W of size {@code weightScale}, offered with its exact gradient, or
     * with the gradient of a loss whose bias is moved by {@code slip}. A small W makes the loss
     * (about log m) large next to its gradient (about ‖W‖).
     */
    private static List<Value> logSumExp(SplittableRandom r, double weightScale, double slip) {
        int n = Gen.size(r, 3, 8), m = Gen.size(r, 3, 10);
        double[][] w = Gen.matrix(r, m, n, weightScale);
        double[] b = Gen.vector(r, m, 1.0);
        double[] gradientBias = b.clone();
        gradientBias[r.nextInt(m)] += slip;
        return List.of(Fixtures.affine(Fixtures.LOG_SUM_EXP, w, b),
                Fixtures.affine(Fixtures.LOG_SUM_EXP_GRADIENT, w, gradientBias), Gen.vec(Gen.vector(r, n, 1.0)));
    }
}

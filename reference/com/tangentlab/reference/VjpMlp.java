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
 * Reference for {@code vjp-mlp}: for y = W2 relu(W1 x) the Jacobian is W2 diag(1[W1 x > 0]) W1,
 * and reverse mode computes uᵀJ as W1ᵀ (mask ⊙ (W2ᵀ u)) without forming it.
 */
public final class VjpMlp extends Reference {
    /** Relative step of the centred differences of uᵀy; it never crosses a kink of relu (see {@link #network}). */
    static final double STEP = 1e-6;
    /**
     * uᵀy is piecewise linear, so the differences are exact up to rounding (about 1e-9 of the
     * gradient on the largest inputs); every slip below changes uᵀJ by an O(1) fraction.
     */
    static final double DIFFERENCE_AGREEMENT = 1e-6;
    /** Hidden pre-activations are at least this fraction of their typical size away from the kink at 0. */
    static final double KINK_DISTANCE = 0.2;

    public VjpMlp() {
        solution("vjp", args -> vjp(args.mat(0), args.mat(1), args.vec(2), args.vec(3)));

        generator("square", r -> {
            int n = Gen.size(r, 2, 6);
            return network(r, n, Gen.size(r, 3, 10), n, 1.0, 1.0, 0.5);
        });
        generator("rectangular", r -> {
            int m = Gen.size(r, 1, 3);
            return network(r, m + Gen.size(r, 2, 7), Gen.size(r, 3, 12), m, 1.0, 1.0, 0.5);
        });
        generator("wide", r -> network(r, Gen.size(r, 50, 100), Gen.size(r, 50, 100), Gen.size(r, 5, 10), 1.0, 1.0, 0.5));
        generator("mostly-dead", r -> {
            int m = Gen.size(r, 1, 3);
            return network(r, m + Gen.size(r, 2, 7), Gen.size(r, 8, 16), m, 1.0, 1.0, 0.9);
        });
        generator("large", r -> {
            int m = Gen.size(r, 1, 3);
            return network(r, m + Gen.size(r, 2, 7), Gen.size(r, 3, 12), m, 1e3, 1e3, 0.5);
        });

        property("gradient-of-u-dot-y", VjpMlp::matchesDifferences);

        misconceptionIf("jvp-instead", VjpMlp::multipliesJByU);
        misconception("ignores-relu-mask", args -> backward(args, Linear.ones(args.mat(0).length), args.vec(3)));
        misconception("mask-from-output", args -> backward(args, Linear.ones(args.mat(0).length), maskedByOutput(args)));
        misconception("mask-from-gradient", args -> backward(args, positive(Linear.times(Linear.transpose(args.mat(1)), args.vec(3))), args.vec(3)));
        misconceptionIf("mask-from-input", VjpMlp::masksByInput);
    }

    static double[] vjp(double[][] w1, double[][] w2, double[] x, double[] u) {
        double[] back = Linear.times(Linear.transpose(w2), u);
        double[] mask = positive(Linear.times(w1, x));
        for (int i = 0; i < back.length; i++) back[i] *= mask[i];
        return Linear.times(Linear.transpose(w1), back);
    }

    static double[] forward(double[][] w1, double[][] w2, double[] x) {
        double[] hidden = Linear.times(w1, x);
        for (int i = 0; i < hidden.length; i++) hidden[i] = Math.max(0, hidden[i]);
        return Linear.times(w2, hidden);
    }

    /**
     * W1 (h x n), W2 (m x h), x and u, with weights in ±wScale and x in ±xScale. Each hidden
     * pre-activation is set, through the last column of W1, to a value of size 0.2 to 2 times
     * wScale·xScale, negative (a dead unit) with probability {@code deadFraction}; unit 0 is
     * always alive and unit 1 always dead, so the mask always matters.
     */
    private static List<Value> network(SplittableRandom r, int n, int h, int m, double wScale, double xScale,
            double deadFraction) {
        double[] x = Gen.vector(r, n, xScale);
        x[n - 1] = (r.nextBoolean() ? 1 : -1) * r.nextDouble(0.5, 1.0) * xScale;
        double[][] w1 = Gen.matrix(r, h, n, wScale);
        double[] pre = Linear.times(w1, x);
        for (int i = 0; i < h; i++) {
            boolean dead = i == 1 || (i != 0 && r.nextDouble() < deadFraction);
            double target = (dead ? -1 : 1) * r.nextDouble(KINK_DISTANCE, 2.0) * wScale * xScale;
            w1[i][n - 1] += (target - pre[i]) / x[n - 1];
        }
        return List.of(Gen.mat(w1), Gen.mat(Gen.matrix(r, m, h, wScale)), Gen.vec(x), Gen.vec(Gen.vector(r, m, 1.0)));
    }

    private static boolean matchesDifferences(Args args, Observed seen, Tolerance tol) {
        double[][] w1 = args.mat(0), w2 = args.mat(1);
        double[] u = args.vec(3);
        double[][] numeric = FiniteDifferences.jacobian(x -> new double[] {Linear.dot(u, forward(w1, w2, x))}, args.vec(2), STEP);
        double[] result = ((Value.Vec) seen.result()).values();
        return Linear.norm(Linear.minus(result, numeric[0])) <= DIFFERENCE_AGREEMENT * Linear.norm(numeric[0]) + tol.absolute();
    }

    /** W1ᵀ (mask ⊙ (W2ᵀ v)) for a given mask and output-side vector v. */
    private static double[] backward(Args args, double[] mask, double[] v) {
        double[] back = Linear.times(Linear.transpose(args.mat(1)), v);
        for (int i = 0; i < back.length; i++) back[i] *= mask[i];
        return Linear.times(Linear.transpose(args.mat(0)), back);
    }

    /** u ⊙ 1[y > 0]: the relu's mask taken from the output pre-activation y = W2 relu(W1 x). */
    private static double[] maskedByOutput(Args args) {
        double[] u = args.vec(3), mask = positive(forward(args.mat(0), args.mat(1), args.vec(2)));
        for (int i = 0; i < u.length; i++) u[i] *= mask[i];
        return u;
    }

    /** J u, which has a meaning only when J is square (as many outputs as inputs). */
    private static boolean multipliesJByU(Args args, Observed seen, Tolerance tol) {
        double[][] w1 = args.mat(0), w2 = args.mat(1);
        if (w2.length != args.vec(2).length) return false;
        double[][] j = Linear.times(w2, Linear.rowsScaled(positive(Linear.times(w1, args.vec(2))), w1));
        return tol.agrees(Gen.vec(Linear.times(j, args.vec(3))), seen.result());
    }

    /** The mask 1[x > 0] of the input itself, which has the hidden width only when h = n. */
    private static boolean masksByInput(Args args, Observed seen, Tolerance tol) {
        double[] x = args.vec(2);
        if (x.length != args.mat(0).length) return false;
        return tol.agrees(Gen.vec(backward(args, positive(x), args.vec(3))), seen.result());
    }

    private static double[] positive(double[] v) {
        double[] mask = new double[v.length];
        for (int i = 0; i < v.length; i++) mask[i] = v[i] > 0 ? 1 : 0;
        return mask;
    }
}

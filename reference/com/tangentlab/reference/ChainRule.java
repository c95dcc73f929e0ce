package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Reference for {@code chain-rule}: for g(x) = Ag x + bg and f(y) = σ(Af y + bf), the chain rule
 * gives J = J_f(g(x)) J_g = diag(σ'(z)) Af Ag with z = Af (Ag x + bg) + bf.
 */
public final class ChainRule extends Reference {
    /** Relative step of the centred differences: their error is about 1e-10 of ‖J‖ on every generated layer. */
    static final double STEP = 1e-6;
    /**
     * Agreement asked of the student's J with the differences: ten thousand times their own
     * error, and a thousand times below the smallest change any slip below makes.
     */
    static final double DIFFERENCE_AGREEMENT = 1e-6;
    /** Pre-activations this large make e^{−z} overflow for z = −800, and σ'(z) underflow to 0. */
    static final double SATURATED = 800;

    public ChainRule() {
        solution("composedJacobian", args -> jacobian(args.mat(0), args.vec(1), args.mat(2), args.vec(3), args.vec(4)));

        generator("square", r -> {
            int d = Gen.size(r, 2, 5);
            return layers(r, d, d, d);
        });
        generator("rectangular", r -> shrinking(r, Gen.size(r, 2, 3), 1, 3, 1, 3));
        generator("wide", r -> shrinking(r, Gen.size(r, 5, 10), 5, 10, 5, 20));
        generator("saturated", ChainRule::saturated);

        property("matches-finite-differences", ChainRule::matchesDifferences);

        misconceptionIf("wrong-order", ChainRule::multipliesInWrongOrder);
        misconception("missing-sigmoid-derivative", args -> Linear.times(args.mat(2), args.mat(0)));
        misconception("derivative-at-output", args -> withDerivative(args, z -> sigmoidPrime(sigmoid(z))));
        misconception("derivative-formula-on-pre-activation", args -> withDerivative(args, z -> z * (1 - z)));
        misconception("sigmoid-instead-of-derivative", args -> withDerivative(args, ChainRule::sigmoid));
        misconceptionIf("outer-derivative-at-x", ChainRule::outerDerivativeAtX);
    }

    static double[][] jacobian(double[][] ag, double[] bg, double[][] af, double[] bf, double[] x) {
        double[] slope = map(preActivation(ag, bg, af, bf, x), ChainRule::sigmoidPrime);
        return Linear.rowsScaled(slope, Linear.times(af, ag));
    }

    static double[] preActivation(double[][] ag, double[] bg, double[][] af, double[] bf, double[] x) {
        return Linear.plus(Linear.times(af, Linear.plus(Linear.times(ag, x), bg)), bf);
    }

    /** σ(z) without overflow: e^{−|z|} is at most 1. */
    static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /** σ'(z) = σ(z) σ(−z), which underflows gracefully to 0 for large |z|. */
    static double sigmoidPrime(double z) {
        return sigmoid(z) * sigmoid(-z);
    }

    /** Layers R^n → R^k → R^m with m < k < n: k = m + [1..], n = k + [1..]. */
    private static List<Value> shrinking(SplittableRandom r, int m, int hiddenLow, int hiddenHigh, int inputLow,
            int inputHigh) {
        int k = m + Gen.size(r, hiddenLow, hiddenHigh);
        return layers(r, k + Gen.size(r, inputLow, inputHigh), k, m);
    }

    /** Biases and x uniform in ±1, weights in ±1.7/√fan-in, so that z stays of order one. */
    private static List<Value> layers(SplittableRandom r, int n, int k, int m) {
        return List.of(Gen.mat(Gen.matrix(r, k, n, 1.7 / Math.sqrt(n))), Gen.vec(Gen.vector(r, k, 1.0)),
                Gen.mat(Gen.matrix(r, m, k, 1.7 / Math.sqrt(k))), Gen.vec(Gen.vector(r, m, 1.0)),
                Gen.vec(Gen.vector(r, n, 1.0)));
    }

    /**
     * A rectangular pair of layers whose output bias puts one pre-activation at exactly −800,
     * one at +800 and the others in ±3, so that e^{−z} overflows on every draw.
     */
    private static List<Value> saturated(SplittableRandom r) {
        List<Value> base = shrinking(r, Gen.size(r, 3, 4), 1, 3, 1, 3);
        Args args = new Args(base);
        int m = args.vec(3).length;
        double[] z = Gen.vector(r, m, 3.0);
        int low = r.nextInt(m);
        z[low] = -SATURATED;
        z[(low + 1 + r.nextInt(m - 1)) % m] = SATURATED;
        double[] withoutBias = Linear.times(args.mat(2), Linear.plus(Linear.times(args.mat(0), args.vec(4)), args.vec(1)));
        return List.of(base.get(0), base.get(1), base.get(2), Gen.vec(Linear.minus(z, withoutBias)), base.get(4));
    }

    private static boolean matchesDifferences(Args args, Observed seen, Tolerance tol) {
        double[][] ag = args.mat(0), af = args.mat(2);
        double[] bg = args.vec(1), bf = args.vec(3);
        double[][] numeric = FiniteDifferences.jacobian(x -> map(preActivation(ag, bg, af, bf, x), ChainRule::sigmoid),
                args.vec(4), STEP);
        double[][] j = ((Value.Mat) seen.result()).rows();
        return Linear.frobenius(Linear.minus(j, numeric)) <= DIFFERENCE_AGREEMENT * Linear.frobenius(numeric) + tol.absolute();
    }

    private static double[] map(double[] z, DoubleUnaryOperator f) {
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) out[i] = f.applyAsDouble(z[i]);
        return out;
    }

    /** diag(s(z)) Af Ag for a wrong slope function s. */
    private static double[][] withDerivative(Args args, DoubleUnaryOperator slopeOf) {
        double[] slope = map(preActivation(args.mat(0), args.vec(1), args.mat(2), args.vec(3), args.vec(4)), slopeOf);
        return Linear.rowsScaled(slope, Linear.times(args.mat(2), args.mat(0)));
    }

    /** J_g J_f = Ag diag(σ'(z)) Af, which has a shape at all only when every layer is square. */
    private static boolean multipliesInWrongOrder(Args args, Observed seen, Tolerance tol) {
        double[][] ag = args.mat(0), af = args.mat(2);
        if (ag.length != ag[0].length || af.length != ag.length) return false;
        double[] slope = map(preActivation(ag, args.vec(1), af, args.vec(3), args.vec(4)), ChainRule::sigmoidPrime);
        return tol.agrees(Gen.mat(Linear.times(ag, Linear.rowsScaled(slope, af))), seen.result());
    }

    /** J_f evaluated at x instead of at g(x): σ'(Af x + bf), defined when x has the hidden width. */
    private static boolean outerDerivativeAtX(Args args, Observed seen, Tolerance tol) {
        double[][] ag = args.mat(0), af = args.mat(2);
        double[] x = args.vec(4);
        if (x.length != ag.length) return false;
        double[] slope = map(Linear.plus(Linear.times(af, x), args.vec(3)), ChainRule::sigmoidPrime);
        return tol.agrees(Gen.mat(Linear.rowsScaled(slope, Linear.times(af, ag))), seen.result());
    }
}

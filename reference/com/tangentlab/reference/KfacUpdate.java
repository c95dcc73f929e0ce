package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.ejml.data.SingularMatrixException;

/**
 * Reference for {@code kfac-update}: with the Fisher block approximated by A ⊗ G and each factor
 * damped, the natural-gradient step for a layer's weights is ΔW = (G + λI)⁻¹ ∇W (A + λI)⁻¹,
 * computed by two solves.
 */
public final class KfacUpdate extends Reference {
    /** Samples behind each well-determined factor: more than the largest dimension drawn, so A and G have full rank. */
    static final int MANY_SAMPLES = 60;
    /** Samples behind each rank-deficient factor: fewer than the smallest dimension of that test. */
    static final int FEW_SAMPLES = 2;

    public KfacUpdate() {
        solution("kfacUpdate", args -> update(args.mat(0), args.mat(1), args.mat(2), args.num(3), args.num(3)));

        generator("square", r -> layer(r, Gen.size(r, 2, 6), 0, MANY_SAMPLES, 1.0, r.nextDouble(0.05, 0.5)));
        generator("rectangular", r -> layer(r, Gen.size(r, 2, 4), Gen.size(r, 1, 4), MANY_SAMPLES, 1.0, r.nextDouble(0.05, 0.5)));
        generator("wider", r -> layer(r, Gen.size(r, 8, 15), Gen.size(r, 5, 25), MANY_SAMPLES, 1.0, r.nextDouble(0.05, 0.5)));
        generator("rank-deficient", r -> layer(r, Gen.size(r, 3, 5), Gen.size(r, 2, 7), FEW_SAMPLES, 1.0, 1e-3));
        generator("large-activations", r -> layer(r, Gen.size(r, 2, 5), Gen.size(r, 1, 5), MANY_SAMPLES, 1e3, 0.1));

        property("solves-damped-system", KfacUpdate::solvesDampedSystem);

        misconception("missing-damping", args -> orNothing(() -> update(args.mat(0), args.mat(1), args.mat(2), 0, 0)));
        misconceptionIf("factors-swapped", KfacUpdate::swapsFactors);
        misconceptionIf("damping-on-one-factor", KfacUpdate::dampsOneFactor);
    }

    /** (G + dampG·I)⁻¹ ∇W (A + dampA·I)⁻¹: solve from the left with G, then from the right with A. */
    static double[][] update(double[][] a, double[][] g, double[][] gradW, double dampA, double dampG) {
        return Linear.solveRight(Linear.solve(Linear.shifted(g, dampG), gradW), Linear.shifted(a, dampA));
    }

    /**
     * A layer with nIn = nOut + extraInputs inputs: A and G are averages of outer products of
     * {@code samples} activations (uniform in ±activationScale) and back-propagated gradients
     * (uniform in ±1), and ∇W is uniform in ±1.
     */
    private static List<Value> layer(SplittableRandom r, int nOut, int extraInputs, int samples, double activationScale,
            double damping) {
        int nIn = nOut + extraInputs;
        return List.of(Gen.mat(covariance(r, nIn, samples, activationScale)), Gen.mat(covariance(r, nOut, samples, 1.0)),
                Gen.mat(Gen.matrix(r, nOut, nIn, 1.0)), Gen.num(damping));
    }

    /** (1/s) Σ v vᵀ over s random vectors v: symmetric positive semi-definite, of rank min(s, d). */
    private static double[][] covariance(SplittableRandom r, int d, int samples, double scale) {
        double[][] v = Gen.matrix(r, samples, d, scale);
        return Linear.scaled(Linear.times(Linear.transpose(v), v), 1.0 / samples);
    }

    /**
     * (G + λI) ΔW (A + λI) = ∇W up to the accuracy asked of ΔW itself: a relative error δ in
     * ΔW leaves a residual of at most δ‖G + λI‖‖ΔW‖‖A + λI‖.
     */
    private static boolean solvesDampedSystem(Args args, Observed seen, Tolerance tol) {
        double lambda = args.num(3);
        double[][] dampedA = Linear.shifted(args.mat(0), lambda), dampedG = Linear.shifted(args.mat(1), lambda);
        double[][] delta = ((Value.Mat) seen.result()).rows();
        double[][] residual = Linear.minus(Linear.times(Linear.times(dampedG, delta), dampedA), args.mat(2));
        double scale = Linear.frobenius(dampedG) * Linear.frobenius(delta) * Linear.frobenius(dampedA);
        return tol.negligible(Linear.frobenius(residual), scale);
    }

    /** (A + λI)⁻¹ ∇W (G + λI)⁻¹, which has the right shape only for a square layer. */
    private static boolean swapsFactors(Args args, Observed seen, Tolerance tol) {
        double[][] a = args.mat(0), g = args.mat(1);
        if (a.length != g.length) return false;
        return agrees(update(g, a, args.mat(2), args.num(3), args.num(3)), seen, tol);
    }

    private static boolean dampsOneFactor(Args args, Observed seen, Tolerance tol) {
        double[][] a = args.mat(0), g = args.mat(1), gradW = args.mat(2);
        double lambda = args.num(3);
        return agrees(orNothing(() -> update(a, g, gradW, lambda, 0)), seen, tol)
                || agrees(orNothing(() -> update(a, g, gradW, 0, lambda)), seen, tol);
    }

    private static boolean agrees(double[][] wrong, Observed seen, Tolerance tol) {
        return wrong != null && tol.agrees(Gen.mat(wrong), seen.result());
    }

    /** The value, or null where an undamped factor is singular and the slip has no value to compare. */
    private static double[][] orNothing(Supplier<double[][]> wrongAnswer) {
        try {
            return wrongAnswer.get();
        } catch (SingularMatrixException singular) {
            return null;
        }
    }
}

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
 * Reference for {@code edge-of-stability}: for the loss ½·mean((Xw − y)²) the Hessian is
 * H = XᵀX/m, gradient descent multiplies the error by I − ηH, and it converges exactly when
 * η < 2/λ_max(H) = 2m/σ_max(X)².
 */
public final class EdgeOfStability extends Reference {
    /**
     * How far either side of the student's η the stability property probes: 1% is far outside
     * the 1e-9 accuracy of a correct η, and far inside the factor of 2 (or m) of every slip.
     */
    static final double PROBE = 0.01;
    /** A spectral radius may exceed 1 by rounding only: a few ε, far below the 1% probe. */
    static final double RADIUS_ROUNDING = 1e-12;

    public EdgeOfStability() {
        solution("maxStableLearningRate", args -> rate(args.mat(0)));

        generator("small", r -> data(r, Gen.size(r, 2, 6), 3, 14, 1.0, 0));
        generator("tall", r -> data(r, Gen.size(r, 5, 10), 200, 300, 1.0, 0));
        generator("wide", r -> wide(r));
        generator("large-features", r -> data(r, Gen.size(r, 2, 8), 3, 20, 1e4, 0));
        generator("ill-conditioned", r -> data(r, Gen.size(r, 3, 8), 5, 30, 1.0, 6));

        property("gradient-descent-edge", EdgeOfStability::isTheEdge);

        misconception("missing-divide-by-m", args -> 2 / largestEigenvalue(args.mat(0)));
        misconception("one-over-lambda", args -> rate(args.mat(0)) / 2);
        misconceptionIf("singular-value-not-squared", EdgeOfStability::usesSigma);
        misconception("divides-by-features", args -> 2 * args.mat(0)[0].length / largestEigenvalue(args.mat(0)));
    }

    static double rate(double[][] x) {
        return 2 * x.length / largestEigenvalue(x);
    }

    /** λ_max(XᵀX) = σ_max(X)², which X Xᵀ shares. */
    private static double largestEigenvalue(double[][] x) {
        double sigma = Linear.largestSingularValue(x);
        return sigma * sigma;
    }

    /**
     * m samples (m − n from {@code extraRows}) of n features uniform in ±scale; feature j is
     * shrunk by 10^(−decades·j/(n−1)), so the last is {@code decades} orders of magnitude smaller.
     */
    private static List<Value> data(SplittableRandom r, int n, int extraLow, int extraHigh, double scale, double decades) {
        int m = n + Gen.size(r, extraLow, extraHigh);
        double[][] x = Gen.matrix(r, m, n, scale);
        for (double[] row : x) for (int j = 0; j < n; j++) row[j] *= Math.pow(10, -decades * j / (n - 1));
        return List.of(Gen.mat(x));
    }

    /** More features than samples: XᵀX is singular, and its λ_max still sets the edge. */
    private static List<Value> wide(SplittableRandom r) {
        int m = Gen.size(r, 3, 8);
        return List.of(Gen.mat(Gen.matrix(r, m, m + Gen.size(r, 2, 12), 1.0)));
    }

    /** Gradient descent is stable just below the student's η and unstable just above it. */
    private static boolean isTheEdge(Args args, Observed seen, Tolerance tol) {
        double eta = ((Value.Num) seen.result()).value();
        double[][] x = args.mat(0);
        double[] eigenvalues = Linear.symmetricEigenvalues(Linear.scaled(Linear.times(Linear.transpose(x), x), 1.0 / x.length));
        return radius(eigenvalues, (1 - PROBE) * eta) <= 1 + RADIUS_ROUNDING && radius(eigenvalues, (1 + PROBE) * eta) > 1;
    }

    /** The spectral radius of I − ηH. */
    private static double radius(double[] eigenvalues, double eta) {
        double largest = 0;
        for (double lambda : eigenvalues) largest = Math.max(largest, Math.abs(1 - eta * lambda));
        return largest;
    }

    /** 2m/σ_max or 2/σ_max: the singular value where its square, the eigenvalue, belongs. */
    private static boolean usesSigma(Args args, Observed seen, Tolerance tol) {
        double[][] x = args.mat(0);
        double sigma = Linear.largestSingularValue(x);
        return tol.agrees(Gen.num(2 * x.length / sigma), seen.result()) || tol.agrees(Gen.num(2 / sigma), seen.result());
    }
}

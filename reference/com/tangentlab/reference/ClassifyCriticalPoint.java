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
 * Reference for {@code classify-critical-point}: the signs of the Hessian's eigenvalues, with
 * those within {@link #ZERO} of the largest |λ| counted as zero. Both signs make a saddle;
 * otherwise a zero eigenvalue makes the point degenerate.
 */
public final class ClassifyCriticalPoint extends Reference {
    /**
     * Relative size below which an eigenvalue counts as zero, as the exercise states. Generated
     * zeros come out near 1e-15 relative and generated nonzero eigenvalues are at least 1/40 of
     * the largest, except the deliberately tiny ones at 1e-10, a tenth of the threshold.
     */
    static final double ZERO = 1e-9;
    /** The absolute cut-off of the misconception: the stated 1e-9, applied without scaling. */
    static final double ABSOLUTE_ZERO = 1e-9;
    /** Spectra whose largest |λ| lies outside [1e-3, 1e3] are the rescaled ones. */
    static final double RESCALED = 1e3;
    static final String MINIMUM = "minimum", MAXIMUM = "maximum", SADDLE = "saddle", DEGENERATE = "degenerate";

    public ClassifyCriticalPoint() {
        solution("classify", args -> classify(args.mat(0), ZERO * largest(args.mat(0))));

        generator("minima", r -> spectrum(r, Gen.size(r, 2, 6), 0, 0, scale(r)));
        generator("maxima", r -> spectrum(r, 2 * Gen.size(r, 1, 2) + 1, -1, 0, scale(r)));
        generator("saddles", r -> spectrum(r, Gen.size(r, 3, 6), 2, 0, scale(r)));
        generator("degenerate", r -> spectrum(r, Gen.size(r, 3, 6), r.nextBoolean() ? 0 : -1, Gen.size(r, 1, 2), scale(r)));
        generator("flat-saddles", r -> spectrum(r, Gen.size(r, 3, 6), 1, 1, scale(r)));
        generator("tiny", r -> {
            int n = 2 * Gen.size(r, 1, 3);
            return spectrum(r, n, r.nextBoolean() ? 0 : -1, 0, 1e-12);
        });
        generator("huge-with-tiny-eigenvalue", ClassifyCriticalPoint::hugeWithTinyEigenvalue);

        property("scale-invariant", ClassifyCriticalPoint::scaleInvariant);

        misconceptionIf("absolute-threshold", (args, seen, tol) -> wrongAs(args, seen, classify(args.mat(0), ABSOLUTE_ZERO)));
        misconceptionIf("ignores-degeneracy", (args, seen, tol) -> expected(args).equals(DEGENERATE) && !answer(seen).equals(DEGENERATE));
        misconceptionIf("determinant-and-trace", ClassifyCriticalPoint::determinantAndTrace);
        misconceptionIf("degenerate-before-saddle", (args, seen, tol) -> expected(args).equals(SADDLE) && answer(seen).equals(DEGENERATE));
        misconceptionIf("wrong-type", (args, seen, tol) -> true);
    }

    /** The type by eigenvalue signs, counting |λ| ≤ zero as zero. */
    static String classify(double[][] h, double zero) {
        int positive = 0, negative = 0, zeros = 0;
        for (double lambda : Linear.symmetricEigenvalues(h)) {
            if (lambda > zero) positive++;
            else if (lambda < -zero) negative++;
            else zeros++;
        }
        if (positive > 0 && negative > 0) return SADDLE;
        if (zeros > 0) return DEGENERATE;
        return positive > 0 ? MINIMUM : MAXIMUM;
    }

    private static double scale(SplittableRandom r) {
        return Math.pow(10, r.nextDouble(-1, 1));
    }

    /**
     * A symmetric n x n matrix with {@code zeros} exact zero eigenvalues and the others of
     * magnitude 1 to 4 (times scale): {@code negatives} of them negative, or all of them when
     * negatives is −1. The narrow range keeps det/‖H‖ⁿ far from any cut-off, so that a
     * determinant-based answer is right or wrong regardless of the draw.
     */
    private static List<Value> spectrum(SplittableRandom r, int n, int negatives, int zeros, double scale) {
        double[] eigenvalues = new double[n];
        int nonzero = n - zeros;
        for (int i = 0; i < nonzero; i++) {
            boolean negative = negatives < 0 || i < negatives;
            eigenvalues[i] = (negative ? -1 : 1) * scale * r.nextDouble(1, 4);
        }
        return List.of(Gen.mat(Gen.withEigenvalues(r, eigenvalues)));
    }

    /**
     * Eigenvalues of size 1e6 to 4e6 of one sign and one of size 1e-4 of the same sign: zero
     * relative to the others (1e-10 of them), yet far above an absolute 1e-9 and far above the
     * rounding of the others (about 1e-9 absolute), so its computed sign is certain.
     */
    private static List<Value> hugeWithTinyEigenvalue(SplittableRandom r) {
        int n = Gen.size(r, 3, 6);
        double sign = r.nextBoolean() ? 1 : -1;
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n - 1; i++) eigenvalues[i] = sign * 1e6 * r.nextDouble(1, 4);
        eigenvalues[n - 1] = sign * 1e-4 * r.nextDouble(0.5, 1);
        return List.of(Gen.mat(Gen.withEigenvalues(r, eigenvalues)));
    }

    /** On a rescaled spectrum the answer is the one the same spectrum gets at scale 1. */
    private static boolean scaleInvariant(Args args, Observed seen, Tolerance tol) {
        double top = largest(args.mat(0));
        boolean rescaled = top > RESCALED || top < 1 / RESCALED;
        return !rescaled || answer(seen).equals(expected(args));
    }

    /**
     * What det(H) and tr(H) alone would say (det < 0: saddle, det > 0: minimum or maximum by the
     * trace), recognised only on nonsingular H, where it differs from the truth in 3 or more dimensions.
     */
    private static boolean determinantAndTrace(Args args, Observed seen, Tolerance tol) {
        double[] eigenvalues = Linear.symmetricEigenvalues(args.mat(0));
        double zero = ZERO * largest(args.mat(0));
        int negatives = 0;
        double trace = 0;
        for (double lambda : eigenvalues) {
            if (Math.abs(lambda) <= zero) return false;
            if (lambda < 0) negatives++;
            trace += lambda;
        }
        String byDeterminant = negatives % 2 == 1 ? SADDLE : trace > 0 ? MINIMUM : MAXIMUM;
        return wrongAs(args, seen, byDeterminant);
    }

    /** The student gave this wrong answer. */
    private static boolean wrongAs(Args args, Observed seen, String wrong) {
        return !wrong.equals(expected(args)) && answer(seen).equals(wrong);
    }

    private static String expected(Args args) {
        return classify(args.mat(0), ZERO * largest(args.mat(0)));
    }

    private static String answer(Observed seen) {
        return ((Value.Text) seen.result()).value();
    }

    /** The largest |λ| of a symmetric matrix. */
    private static double largest(double[][] h) {
        double[] eigenvalues = Linear.symmetricEigenvalues(h);
        return Math.max(Math.abs(eigenvalues[0]), Math.abs(eigenvalues[eigenvalues.length - 1]));
    }
}

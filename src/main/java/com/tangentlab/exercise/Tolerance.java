package com.tangentlab.exercise;

import com.tangentlab.agent.Value;

/**
 * When two numeric results count as equal: {@code ‖a − b‖ ≤ absolute + relative · ‖b‖},
 * with the Frobenius (Euclidean) norm over all entries, so that the tolerance scales with
 * the size of the problem rather than with its largest entry.
 *
 * @param relative dimensionless, relative to the norm of the expected value
 * @param absolute in the units of the result
 */
public record Tolerance(double relative, double absolute) {

    /** Used where an exercise names none: tight enough for closed-form answers in double precision. */
    public static final Tolerance CLOSED_FORM = new Tolerance(1e-9, 1e-12);

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0)) throw new IllegalArgumentException("tolerances must be >= 0");
    }

    /** Whether {@code actual} agrees with {@code expected}; values of different shapes never agree. */
    public boolean agrees(Value expected, Value actual) {
        if (expected instanceof Value.Text e && actual instanceof Value.Text a) return e.value().equals(a.value());
        if (expected instanceof Value.Flag e && actual instanceof Value.Flag a) return e.value() == a.value();
        double[] e = Values.flatten(expected);
        double[] a = Values.flatten(actual);
        if (e == null || a == null || !Values.sameShape(expected, actual)) return false;
        double scale = 0;
        for (int i = 0; i < e.length; i++) {
            if (!Double.isFinite(a[i])) return false;
            scale = Math.max(scale, Math.max(Math.abs(a[i]), Math.abs(e[i])));
        }
        if (scale == 0) return true;
        // Sums of squares of entries divided by the largest one neither overflow nor underflow,
        // so results with entries near 1e±200 compare as reliably as results of order one.
        double diff = 0, norm = 0;
        for (int i = 0; i < e.length; i++) {
            double d = a[i] / scale - e[i] / scale;
            diff += d * d;
            norm += (e[i] / scale) * (e[i] / scale);
        }
        return scale * Math.sqrt(diff) <= absolute + relative * scale * Math.sqrt(norm);
    }

    /** Whether a scalar is zero relative to a scale: {@code |x| ≤ absolute + relative · scale}. */
    public boolean negligible(double x, double scale) {
        return Math.abs(x) <= absolute + relative * Math.abs(scale);
    }
}

package com.tangentlab.score;

import java.util.List;

/** Turns per-test results into a score out of the exercise's points. */
public final class Scorer {
    /** Scores are reported to this many decimal places. */
    private static final double ROUNDING = 100.0;

    private Scorer() {}

    public static double score(List<TestResult> results, double exercisePoints) {
        double earned = 0, possible = 0;
        for (TestResult r : results) {
            earned += r.points();
            possible += r.maxPoints();
        }
        if (possible <= 0) return 0;
        return Math.round(exercisePoints * earned / possible * ROUNDING) / ROUNDING;
    }
}

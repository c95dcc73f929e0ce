package com.tangentlab.analytics;

import java.util.List;

/** Everything the analytics page shows for one exercise. */
public record ExerciseReport(ExerciseSummary summary, List<Bin> histogram, List<TestPassRate> tests,
        List<HintCount> hints, TheoryEffect theory) {

    /** Students whose best score lies in [from, to) (the last bin also holds full marks). */
    public record Bin(double from, double to, int students) {}

    /** How often one hidden test, robustness test or property check passed over all graded attempts. */
    public record TestPassRate(String name, String kind, int results, int passed, int submissions,
            double passRate) {}

    /**
     * A hint the judge gave on a failed test, with how often.
     *
     * @param misconception the name of the exercise's misconception this hint belongs to; null for a
     *                      generic hint (wrong shape, transposed, ...)
     */
    public record HintCount(String misconception, String hint, int submissions, int students) {}

    /** Students who opened the exercise's theory section before their first attempt, against those who did not. */
    public record TheoryEffect(String section, Group readFirst, Group didNotReadFirst) {}

    /** @param students with a graded attempt; the averages are null for an empty group */
    public record Group(int students, Double meanBest, Double solvedShare) {}
}

package com.tangentlab.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The late rule and the grading policy: all the arithmetic behind a gradebook cell, in one place. */
public final class Scoring {
    private static final Duration DAY = Duration.ofDays(1);
    /** Scores are kept to hundredths, as the judge gives them. */
    private static final int DECIMALS = 2;
    /** Far below a hundredth: scores closer than this are equal, and then the earlier attempt counts. */
    private static final double SAME_SCORE = 1e-9;

    private Scoring() {}

    /**
     * Started days after the deadline: 0 at or before it (or without one), 1 from one instant
     * after it to a full day after it, 2 after that, and so on.
     */
    public static long daysLate(OffsetDateTime submittedAt, OffsetDateTime deadline) {
        if (deadline == null || !submittedAt.isAfter(deadline)) return 0;
        Duration late = Duration.between(deadline, submittedAt);
        long wholeDays = late.dividedBy(DAY);
        return late.equals(DAY.multipliedBy(wholeDays)) ? wholeDays : wholeDays + 1;
    }

    /** The attempt's score under the late rule; {@code deadline} may be null. */
    public static Scored apply(double rawScore, OffsetDateTime submittedAt, OffsetDateTime deadline,
            CourseRules rules) {
        long days = daysLate(submittedAt, deadline);
        double penalty = 0;
        if (days > 0) {
            penalty = rules.late() == LatePolicy.NO_CREDIT ? CourseRules.MAX_PENALTY_PERCENT
                    : Math.min(CourseRules.MAX_PENALTY_PERCENT, rules.penaltyPercentPerDay() * days);
        }
        BigDecimal kept = BigDecimal.valueOf(CourseRules.MAX_PENALTY_PERCENT).subtract(BigDecimal.valueOf(penalty));
        double score = BigDecimal.valueOf(rawScore).multiply(kept).movePointLeft(2)
                .setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
        return new Scored(rawScore, penalty, score, days);
    }

    /**
     * The attempt that counts among graded ones, oldest first: under BEST the highest score after
     * penalties (the earliest of equal ones), under LAST the newest. Empty without graded attempts.
     */
    public static <T> Optional<T> counting(List<T> gradedOldestFirst, Function<T, Scored> scored,
            GradingPolicy policy) {
        if (gradedOldestFirst.isEmpty()) return Optional.empty();
        if (policy == GradingPolicy.LAST) return Optional.of(gradedOldestFirst.get(gradedOldestFirst.size() - 1));
        T best = gradedOldestFirst.get(0);
        for (T attempt : gradedOldestFirst) {
            if (scored.apply(attempt).score() > scored.apply(best).score() + SAME_SCORE) best = attempt;
        }
        return Optional.of(best);
    }

    /** A sum or share rounded to hundredths, so that adding rounded cells shows no binary noise. */
    public static double hundredths(double x) {
        return BigDecimal.valueOf(x).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code x} in plain decimal notation with '.' and no trailing zeros: 10, 0.59, 12.5. */
    public static String plain(double x) {
        return BigDecimal.valueOf(x).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

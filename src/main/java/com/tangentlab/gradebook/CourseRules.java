package com.tangentlab.gradebook;

/**
 * How the course is scored.
 *
 * @param penaltyPercentPerDay taken off per started day late under {@link LatePolicy#PENALTY}, 0 to 100
 */
public record CourseRules(GradingPolicy grading, LatePolicy late, double penaltyPercentPerDay) {
    public static final double MAX_PENALTY_PERCENT = 100;
    /** Penalties are whole hundredths of a percent: finer ones (4.9e-324) only read as "−0%". */
    public static final double PENALTY_STEP_PERCENT = 0.01;
    private static final double STEPS_PER_PERCENT = 1 / PENALTY_STEP_PERCENT;
    /** How far from a whole number of steps a decimal like 0.07 may land in binary. */
    private static final double STEP_ROUNDING = 1e-6;

    public CourseRules {
        if (grading == null || late == null) throw new InvalidSettingsException("the policies must be given");
        if (!(penaltyPercentPerDay >= 0 && penaltyPercentPerDay <= MAX_PENALTY_PERCENT)) {
            throw new InvalidSettingsException("the penalty per day must be between 0 and 100 %, not "
                    + penaltyPercentPerDay);
        }

    }

    /**
     * Refuses a penalty finer than {@link #PENALTY_STEP_PERCENT}; checked on what an instructor
     * sends, not on rules already stored, which stay readable.
     */
    public void requireWholePenaltySteps() {
        double steps = penaltyPercentPerDay * STEPS_PER_PERCENT;
        boolean belowOneStep = penaltyPercentPerDay > 0 && Math.rint(steps) == 0;
        if (belowOneStep || Math.abs(steps - Math.rint(steps)) > STEP_ROUNDING) {
            throw new InvalidSettingsException("the penalty per day must be a whole number of hundredths of a percent"
                    + " (e.g. 2.5), not " + penaltyPercentPerDay);
        }
    }

    /** What students read beside a deadline, e.g. "late: −10%/day". */
    public String lateRuleText() {
        if (late == LatePolicy.NO_CREDIT) return "no credit after the deadline";
        return "late: −" + Scoring.plain(penaltyPercentPerDay) + "%/day";
    }
}

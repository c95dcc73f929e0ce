package com.tangentlab.gradebook;

/**
 * How the course is scored.
 *
 * @param penaltyPercentPerDay taken off per started day late under {@link LatePolicy#PENALTY}, 0 to 100
 */
public record CourseRules(GradingPolicy grading, LatePolicy late, double penaltyPercentPerDay) {
    public static final double MAX_PENALTY_PERCENT = 100;

    public CourseRules {
        if (grading == null || late == null) throw new InvalidSettingsException("the policies must be given");
        if (!(penaltyPercentPerDay >= 0 && penaltyPercentPerDay <= MAX_PENALTY_PERCENT)) {
            throw new InvalidSettingsException("the penalty per day must be between 0 and 100 %, not "
                    + penaltyPercentPerDay);
        }
    }

    /** What students read beside a deadline, e.g. "late: −10%/day". */
    public String lateRuleText() {
        if (late == LatePolicy.NO_CREDIT) return "no credit after the deadline";
        return "late: −" + Scoring.plain(penaltyPercentPerDay) + "%/day";
    }
}

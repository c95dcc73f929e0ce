package com.tangentlab.gradebook;

import java.time.OffsetDateTime;

/**
 * A submission with its deadline's verdict: late or not (graded or not), and, once graded, its
 * score after the late rule.
 *
 * @param scored null while the submission is ungraded
 */
public record ScoredAttempt(AttemptRecord attempt, Scored scored, long daysLate) {

    /** Scores {@code attempt} against its exercise's deadline, which may be null. */
    public static ScoredAttempt of(AttemptRecord attempt, OffsetDateTime deadline, CourseRules rules) {
        Scored scored = attempt.graded()
                ? Scoring.apply(attempt.score(), attempt.submittedAt(), deadline, rules) : null;
        return new ScoredAttempt(attempt, scored, Scoring.daysLate(attempt.submittedAt(), deadline));
    }

    public boolean late() {
        return daysLate > 0;
    }
}

package com.tangentlab.regrade;

import com.tangentlab.score.Grade;
import com.tangentlab.store.Attempt;

/** One replayed submission: its recorded grade and the grade the judge gives it now. */
public record RegradeRow(Attempt before, Grade after) {
    /** Scores are rounded to two decimals, so a smaller difference is the same score. */
    static final double SCORE_TOLERANCE = 0.005;

    /** Whether the headline changed: the status, the score or the maximum. */
    public boolean changed() {
        return !after.status().label().equals(before.status())
                || Math.abs(after.score() - before.score()) > SCORE_TOLERANCE
                || Math.abs(after.maxScore() - before.maxScore()) > SCORE_TOLERANCE;
    }
}

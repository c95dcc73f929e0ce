package com.tangentlab.gradebook;

/**
 * A graded attempt's score after the late rule.
 *
 * @param rawScore       what the judge gave
 * @param penaltyPercent taken off, 0 when on time, 100 for no credit
 * @param score          what the attempt counts for, to two decimals
 * @param daysLate       started days after the deadline, 0 when on time
 */
public record Scored(double rawScore, double penaltyPercent, double score, long daysLate) {
    public boolean late() {
        return daysLate > 0;
    }
}

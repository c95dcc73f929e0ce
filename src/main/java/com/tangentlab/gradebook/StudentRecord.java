package com.tangentlab.gradebook;

import java.util.List;

/** One student's gradebook row and every attempt they made, oldest first. */
public record StudentRecord(GradebookTable.Row row, List<GradebookTable.Column> exercises, List<Entry> timeline) {

    /**
     * @param secondsSincePrevious since the student's previous attempt at the same exercise; null for the first
     */
    public record Entry(ScoredAttempt attempt, Long secondsSincePrevious) {}
}

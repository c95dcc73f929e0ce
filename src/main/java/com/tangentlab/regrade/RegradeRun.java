package com.tangentlab.regrade;

import java.util.List;

/**
 * One regrade as the database holds it at one moment: its scope, its state and the report built so far.
 *
 * @param exerciseId the exercise regraded, or null for all
 * @param failure    why it failed, or null
 */
public record RegradeRun(long id, String exerciseId, String startedBy, int total, RegradeState state,
        String failure, boolean waitingForStudents, List<RegradeRow> rows) {
    public RegradeRun {
        rows = List.copyOf(rows);
    }
}

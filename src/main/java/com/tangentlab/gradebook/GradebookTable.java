package com.tangentlab.gradebook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Students × exercises under the course's rules.
 *
 * @param maxTotal the points of every exercise together
 */
public record GradebookTable(CourseRules rules, List<Column> exercises, double maxTotal, List<Row> rows) {

    /** @param deadline null when the exercise has none */
    public record Column(String id, String title, double points, OffsetDateTime deadline) {}

    /**
     * A student's standing on one exercise they submitted to.
     *
     * @param score      what counts, after the late rule; null while nothing is graded
     * @param rawScore   the judge's score of the counting attempt
     * @param countingId the attempt that counts, null while nothing is graded
     * @param grading    whether some attempt still waits for its grade
     */
    public record Cell(Double score, Double rawScore, double penaltyPercent, boolean late, int attempts,
            Long countingId, boolean grading) {}

    /**
     * One student; exercises never submitted to have no cell.
     *
     * @param hasAccount false for a name that only appears in graded folders
     * @param percent    total over maxTotal, in percent to two decimals
     */
    /**
     * @param extended the exercises whose deadline an extension moved for this student, with the new one
     *        (ISO-8601, UTC)
     */
    public record Row(String username, String displayName, boolean hasAccount, Map<String, Cell> cells,
            double total, double percent, Map<String, String> extended) {}
}

package com.tangentlab.grade;

import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.StoredSubmission;
import java.util.List;

/**
 * One line of a batch report.
 *
 * @param status       a {@link com.tangentlab.score.Status} label, or a {@link NotGraded} label
 * @param submissionId the stored submission, or null for a file that was never stored
 * @param seed         the seed its hidden tests were drawn from, or null when never stored
 */
public record BatchRow(String student, String exercise, String status, double score, double maxScore,
        String message, List<TestResult> tests, List<Diagnostic> diagnostics, Long submissionId, Long seed) {

    public static BatchRow graded(StoredSubmission s, Grade grade) {
        return new BatchRow(s.student(), s.exerciseId(), grade.status().label(), grade.score(), grade.maxScore(),
                grade.message(), grade.tests(), grade.diagnostics(), s.id(), s.seed());
    }

    /** A stored submission that stayed ungraded. */
    public static BatchRow notGraded(StoredSubmission s, NotGraded why, double maxScore, String message) {
        return new BatchRow(s.student(), s.exerciseId(), why.label(), 0, maxScore, message, List.of(), List.of(),
                s.id(), s.seed());
    }

    /** A file that was never stored. */
    public static BatchRow refused(FolderEntry e, String status, double maxScore, String message) {
        return new BatchRow(e.student(), e.exerciseId(), status, 0, maxScore, message, List.of(), List.of(), null,
                null);
    }

    public boolean is(NotGraded why) {
        return status.equals(why.label());
    }
}

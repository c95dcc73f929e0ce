package com.tangentlab.score;

import java.util.List;

/**
 * The outcome of grading one submission.
 *
 * @param score    points earned, 0 unless GRADED
 * @param message  one paragraph a student can act on
 * @param output   what the code printed; only filled when just the visible examples ran
 */
public record Grade(Status status, double score, double maxScore, String message, List<TestResult> tests,
        List<Diagnostic> diagnostics, String output) {

    public static Grade failed(Status status, double maxScore, String message, List<Diagnostic> diagnostics) {
        return new Grade(status, 0, maxScore, message, List.of(), diagnostics, "");
    }

    public static Grade failed(Status status, double maxScore, String message) {
        return failed(status, maxScore, message, List.of());
    }
}

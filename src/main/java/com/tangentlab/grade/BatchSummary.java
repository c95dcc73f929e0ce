package com.tangentlab.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The few lines printed after a batch: counts by status, then every row that got no grade. */
public final class BatchSummary {
    private BatchSummary() {}

    public static List<String> lines(BatchReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.rows().size() + " files and " + report.resumed().size()
                + " submissions left ungraded by an earlier run: " + counts(report.countsByStatus()));
        for (List<BatchRow> list : List.of(report.rows(), report.resumed())) {
            for (BatchRow row : list) {
                if (ungraded(row)) {
                    lines.add(row.student() + "/" + row.exercise() + SubmissionFolder.EXTENSION + ": "
                            + row.status() + ": " + row.message());
                }
            }
        }
        return lines;
    }

    private static boolean ungraded(BatchRow row) {
        return row.is(NotGraded.UNKNOWN_EXERCISE) || row.is(NotGraded.UNREADABLE) || row.is(NotGraded.GRADER_ERROR)
                || row.submissionId() == null;
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}

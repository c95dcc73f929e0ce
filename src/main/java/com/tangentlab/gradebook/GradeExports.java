package com.tangentlab.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradebook as files: grades in the shape learning-management systems import (one row per
 * student, one column per exercise id, then the total) and every attempt as CSV or JSON rows.
 */
public final class GradeExports {
    /** The attempts' columns, the same in the CSV header and as the JSON keys. */
    public static final List<String> ATTEMPT_COLUMNS = List.of("id", "student", "exercise", "submitted_at", "source",
            "status", "score", "max_score", "late", "seed", "message");

    private GradeExports() {}

    /** Numbers with '.' decimals; an exercise without a graded attempt is an empty field. */
    public static String gradesCsv(GradebookTable table) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("username", "display_name"));
        table.exercises().forEach(c -> header.add(c.id()));
        header.add("total");
        out.append(Csv.line(header));
        for (GradebookTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.username(), row.displayName()));
            for (GradebookTable.Column c : table.exercises()) {
                GradebookTable.Cell cell = row.cells().get(c.id());
                fields.add(cell == null || cell.score() == null ? "" : Scoring.plain(cell.score()));
            }
            fields.add(Scoring.plain(row.total()));
            out.append(Csv.line(fields));
        }
        return out.toString();
    }

    public static String attemptsCsv(List<ScoredAttempt> attempts) {
        StringBuilder out = new StringBuilder(Csv.line(ATTEMPT_COLUMNS));
        for (ScoredAttempt a : attempts) {
            out.append(Csv.line(attemptFields(a).values().stream().map(GradeExports::text).toList()));
        }
        return out.toString();
    }

    /** One map per attempt with the keys of {@link #ATTEMPT_COLUMNS}; {@code score} is the judge's, before any penalty. */
    public static List<Map<String, Object>> attemptsJson(List<ScoredAttempt> attempts) {
        return attempts.stream().map(GradeExports::attemptFields).toList();
    }

    private static Map<String, Object> attemptFields(ScoredAttempt s) {
        AttemptRecord a = s.attempt();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", a.id());
        fields.put("student", a.student());
        fields.put("exercise", a.exerciseId());
        fields.put("submitted_at", IsoTimes.format(a.submittedAt()));
        fields.put("source", a.sourceLabel());
        fields.put("status", a.status());
        fields.put("score", a.score());
        fields.put("max_score", a.maxScore());
        fields.put("late", s.late());
        fields.put("seed", a.seed());
        fields.put("message", a.message());
        return fields;
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return Scoring.plain(d);
        return value.toString();
    }
}

package com.tangentlab.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.TestResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Every row with its test results and diagnostics:
 * {@code {"submissions": [...], "resumed": [...]}}, fields named as in the CSV header
 * where they overlap, but in camelCase.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    public static void write(BatchReport report, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("submissions", rows(report.rows()));
        root.set("resumed", rows(report.resumed()));
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static ArrayNode rows(List<BatchRow> rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (BatchRow row : rows) array.add(row(row));
        return array;
    }

    private static ObjectNode row(BatchRow row) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("student", row.student())
                .put("exercise", row.exercise())
                .put("submissionId", row.submissionId())
                .put("seed", row.seed())
                .put("score", row.score())
                .put("maxScore", row.maxScore())
                .put("status", row.status())
                .put("message", row.message());
        ArrayNode tests = node.putArray("tests");
        for (TestResult t : row.tests()) tests.add(test(t));
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (Diagnostic d : row.diagnostics()) diagnostics.add(diagnostic(d));
        return node;
    }

    private static ObjectNode test(TestResult t) {
        return MAPPER.createObjectNode()
                .put("name", t.name())
                .put("kind", t.kind())
                .put("passed", t.passed())
                .put("points", t.points())
                .put("maxPoints", t.maxPoints())
                .put("hint", t.hint())
                .put("detail", t.detail());
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        return MAPPER.createObjectNode()
                .put("line", d.line())
                .put("column", d.column())
                .put("message", d.message());
    }
}

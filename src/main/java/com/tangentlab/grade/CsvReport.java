package com.tangentlab.grade;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** The grade book: one RFC 4180 row per submission, lines ended by {@code \n}. */
public final class CsvReport {
    public static final String HEADER = "student,exercise,score,max_score,status,message";

    private CsvReport() {}

    public static void write(List<BatchRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (BatchRow row : rows) {
            out.write(String.join(",", quote(row.student()), quote(row.exercise()), number(row.score()),
                    number(row.maxScore()), quote(row.status()), quote(row.message())));
            out.write('\n');
        }
        out.flush();
    }

    /** A field as CSV: quoted, with quotes doubled, only when it holds a comma, a quote or a line break. */
    public static String quote(String field) {
        if (field == null) return "";
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    /** 10 rather than 10.0, so spreadsheets and people read the same number. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

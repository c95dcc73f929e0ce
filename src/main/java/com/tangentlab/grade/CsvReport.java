package com.tangentlab.grade;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The grade book: one RFC 4180 row per submission, lines ended by {@code \n}. */
public final class CsvReport {
    public static final String HEADER = "student,exercise,score,max_score,status,message";

    /**
     * What a spreadsheet runs as a formula when a cell starts with it (OWASP, "CSV Injection"):
     * {@code = + - @}, a tab or a carriage return.
     */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
    /**
     * A plain decimal number such as a negative seed: a spreadsheet reads it as that number and
     * nothing else, so it is left as it is rather than turned into text.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** Makes a spreadsheet read the cell as text; it shows the rest unchanged. */
    private static final char TEXT_PREFIX = '\'';

    private CsvReport() {}

    public static void write(List<BatchRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (BatchRow row : rows) {
            out.write(String.join(",", field(row.student()), field(row.exercise()), number(row.score()),
                    number(row.maxScore()), field(row.status()), field(row.message())));
            out.write('\n');
        }
        out.flush();
    }

    /**
     * A field as every CSV of the platform writes it: a cell a spreadsheet would run as a formula
     * gets a leading {@code '}; then it is quoted, with quotes doubled, only when it holds a
     * comma, a quote or a line break.
     */
    public static String field(String value) {
        if (value == null) return "";
        String text = neutralised(value);
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    static String neutralised(String value) {
        boolean formula = FORMULA_START.matcher(value).lookingAt() && !PLAIN_NUMBER.matcher(value).matches();
        return formula ? TEXT_PREFIX + value : value;
    }

    /** 10 rather than 10.0, so spreadsheets and people read the same number. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.grade.CsvReport;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: CRLF line ends, and a field quoted when it holds a comma, a quote or
 * a line break; a field a spreadsheet would run as a formula starts with {@code '}.
 */
public final class Csv {
    private static final String LINE_END = "\r\n";

    private Csv() {}

    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        return out.append(LINE_END).toString();
    }

    /** The batch report's rule, so every CSV the platform writes quotes and neutralises alike. */
    static String field(String value) {
        return CsvReport.field(value);
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.grade.CsvReport;
import java.util.List;

/** CSV as RFC 4180 writes it: CRLF line ends, and a field quoted when it holds a comma, a quote or a line break. */
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

    /** The batch report's quoting rule, so every CSV the platform writes quotes alike. */
    static String field(String value) {
        return CsvReport.quote(value);
    }
}

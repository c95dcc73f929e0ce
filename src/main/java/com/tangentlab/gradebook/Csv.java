package com.tangentlab.gradebook;

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

    static String field(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

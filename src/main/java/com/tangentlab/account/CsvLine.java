package com.tangentlab.account;

import java.util.ArrayList;
import java.util.List;

/** The fields of one CSV line: separated by commas, a field in double quotes may hold commas and "" for a quote. */
final class CsvLine {
    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';

    private CsvLine() {}

    /** The fields, or null when a quoted field is not closed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == QUOTE && i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                field.append(QUOTE);
                i++;
            } else if (c == QUOTE && (quoted || field.toString().isBlank())) {
                quoted = !quoted;
                if (quoted) field.setLength(0);
            } else if (c == SEPARATOR && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) return null;
        fields.add(field.toString());
        return fields;
    }
}

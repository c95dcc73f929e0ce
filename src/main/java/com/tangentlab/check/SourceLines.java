package com.tangentlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps character offsets of the student's text to 1-based lines and columns. */
final class SourceLines {
    private final String text;

    SourceLines(String text) {
        this.text = text;
    }

    int line(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    int column(int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        return offset - start + 1;
    }

    int lastLine() {
        return line(text.length());
    }

    /** The first line where {@code token} appears as a whole word, or 0 if it does not. */
    int firstLineMentioning(String token) {
        return firstLineMentioningAfter(token, 0);
    }

    /** The first line at or after {@code offset} where {@code token} appears as a whole word, or 0. */
    int firstLineMentioningAfter(String token, int offset) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(token) + "\\b").matcher(text);
        return m.find(Math.min(offset, text.length())) ? line(m.start()) : 0;
    }
}

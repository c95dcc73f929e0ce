package com.tangentlab.check;

import com.tangentlab.score.Diagnostic;
import java.util.Optional;

/**
 * A cheap pass over a submission before the compiler sees it, bounding what compiling may cost.
 * javac recurses once per level of brackets, so deep nesting overflows its stack; and JShell
 * compiles each top-level snippet against all the earlier ones, so many snippets cost time
 * that grows with their square. Strings, character literals, text blocks and comments are
 * skipped, so brackets inside them do not count.
 */
final class SourceScan {
    /**
     * Most levels of (), [] and {} open at once. Every reference solution and sample of the
     * chapter stays within 5; javac overflows its stack at a few thousand.
     */
    static final int MAX_NESTING = 64;
    /**
     * Most top-level snippets (declarations and statements), counted as semicolons and closing
     * braces outside any bracket. Every reference solution and sample of the chapter has at most 11.
     */
    static final int MAX_SNIPPETS = 50;

    private final String text;
    private final int maxNesting;
    private final int maxSnippets;
    private int at;
    private int line = 1;
    private int depth;
    private int deepest;
    private int snippets;

    private SourceScan(String text, int maxNesting, int maxSnippets) {
        this.text = text;
        this.maxNesting = maxNesting;
        this.maxSnippets = maxSnippets;
    }

    /** How deeply a source nests and how many top-level snippets it has, as the limits count them. */
    record Shape(int nesting, int snippets) {}

    /** The first limit the source passes, at the line where it passes it; empty when it is within both. */
    static Optional<Diagnostic> overLimit(String source) {
        return new SourceScan(source, MAX_NESTING, MAX_SNIPPETS).scan();
    }

    static Shape measure(String source) {
        SourceScan scan = new SourceScan(source, Integer.MAX_VALUE, Integer.MAX_VALUE);
        scan.scan();
        return new Shape(scan.deepest, scan.snippets);
    }

    private Optional<Diagnostic> scan() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '/' && next() == '/') skipTo("\n", false);
            else if (c == '/' && next() == '*') skipTo("*/", true);
            else if (text.startsWith("\"\"\"", at)) skipTextBlock();
            else if (c == '"' || c == '\'') skipQuoted(c);
            else if (step(c)) return Optional.of(depth > maxNesting ? tooDeep() : tooMany());
        }
        return Optional.empty();
    }

    /** Takes one character of code; true when it passes a limit. */
    private boolean step(char c) {
        at++;
        if (c == '\n') line++;
        if (c == '(' || c == '[' || c == '{') {
            deepest = Math.max(deepest, ++depth);
            return depth > maxNesting;
        }
        if (c == ')' || c == ']' || c == '}') depth = Math.max(0, depth - 1);
        boolean endsSnippet = depth == 0 && (c == ';' || c == '}' && !followedBySemicolon());
        return endsSnippet && ++snippets > maxSnippets;
    }

    private boolean followedBySemicolon() {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() && text.charAt(i) == ';';
    }

    private char next() {
        return at + 1 < text.length() ? text.charAt(at + 1) : 0;
    }

    private void skipTo(String end, boolean countLines) {
        int found = text.indexOf(end, at + 2);
        int stop = found < 0 ? text.length() : found + (countLines ? end.length() : 0);
        if (countLines) countLinesUpTo(stop);
        at = stop;
    }

    private void skipTextBlock() {
        int found = text.indexOf("\"\"\"", at + 3);
        int stop = found < 0 ? text.length() : found + 3;
        countLinesUpTo(stop);
        at = stop;
    }

    /** A string or character literal ends at its closing quote, or at the end of its line if it has none. */
    private void skipQuoted(char quote) {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        at = Math.min(text.length(), i + 1);
        if (at > 0 && text.charAt(at - 1) == '\n') line++;
    }

    private void countLinesUpTo(int stop) {
        for (int i = at; i < stop; i++) if (text.charAt(i) == '\n') line++;
    }

    private Diagnostic tooDeep() {
        return new Diagnostic(line, 0, "nested too deeply: more than " + MAX_NESTING + " brackets, parentheses"
                + " and braces are open at once here; split the expression or the method into smaller ones");
    }

    private Diagnostic tooMany() {
        return new Diagnostic(line, 0, "more than " + MAX_SNIPPETS + " top-level declarations and statements"
                + " (number " + (MAX_SNIPPETS + 1) + " ends on this line); put the work inside methods");
    }
}

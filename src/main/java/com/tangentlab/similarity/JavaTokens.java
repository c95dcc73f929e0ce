package com.tangentlab.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenises Java source, dropping whitespace and comments and normalising names and values, so
 * that renaming variables, changing constants, reformatting or commenting a copy changes nothing.
 * Malformed source never fails: whatever cannot be read becomes a one-character token.
 */
public final class JavaTokens {
    public static final String IDENTIFIER = "ID";
    public static final String LITERAL = "LIT";

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield");
    private static final Set<String> VALUE_WORDS = Set.of("true", "false", "null");
    /** Longest first, so that the longest operator at a position wins. */
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++",
            "--", "&&", "||", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>");

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;

    private JavaTokens(String source) {
        this.source = source;
    }

    public static List<Token> of(String source) {
        JavaTokens reader = new JavaTokens(source);
        reader.readAll();
        return reader.tokens;
    }

    private void readAll() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (source.startsWith("//", pos)) {
                skipTo("\n", pos + 2, false);
            } else if (source.startsWith("/*", pos)) {
                skipTo("*/", pos + 2, true);
            } else if (source.startsWith("\"\"\"", pos)) {
                literal(() -> skipTo("\"\"\"", pos + 3, true));
            } else if (c == '"' || c == '\'') {
                literal(() -> skipQuoted(c));
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < source.length()
                    && Character.isDigit(source.charAt(pos + 1)))) {
                literal(this::skipNumber);
            } else if (Character.isJavaIdentifierStart(c)) {
                word();
            } else {
                operator();
            }
        }
    }

    private void literal(Runnable skip) {
        int start = pos, startLine = line;
        skip.run();
        tokens.add(new Token(LITERAL, startLine, start, pos));
    }

    private void word() {
        int start = pos;
        while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) pos++;
        String word = source.substring(start, pos);
        String text = KEYWORDS.contains(word) ? word : VALUE_WORDS.contains(word) ? LITERAL : IDENTIFIER;
        tokens.add(new Token(text, line, start, pos));
    }

    private void operator() {
        String op = OPERATORS.stream().filter(o -> source.startsWith(o, pos)).findFirst()
                .orElse(String.valueOf(source.charAt(pos)));
        tokens.add(new Token(op, line, pos, pos + op.length()));
        pos += op.length();
    }

    /** Moves to {@code end} (past it if {@code consumeEnd}) or to the end of the source, counting lines. */
    private void skipTo(String end, int from, boolean consumeEnd) {
        int found = source.indexOf(end, from);
        int stop = found < 0 ? source.length() : consumeEnd ? found + end.length() : found;
        countLines(pos, stop);
        pos = stop;
    }

    private void skipQuoted(char quote) {
        int i = pos + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        pos = Math.min(source.length(), i + 1);
        if (pos > 0 && source.charAt(pos - 1) == '\n') pos--;
    }

    private void skipNumber() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(source.charAt(pos - 1)) >= 0
                    && !isHexDigitRun();
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign)) break;
            pos++;
        }
    }

    /** In a hex literal, {@code e} is a digit, not an exponent: {@code 0xE+1} is a sum. */
    private boolean isHexDigitRun() {
        int start = pos - 1;
        while (start > 0 && Character.isLetterOrDigit(source.charAt(start - 1))) start--;
        String run = source.substring(start, pos).toLowerCase(java.util.Locale.ROOT);
        return run.startsWith("0x") && !run.contains("p");
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) if (source.charAt(i) == '\n') line++;
    }
}

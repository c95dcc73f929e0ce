package com.tangentlab.score;

/** A compile error or a refused API, at a 1-based line and column of the student's own text. */
public record Diagnostic(int line, int column, String message) {
    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
    }
}

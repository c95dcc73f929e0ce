package com.tangentlab.score;

import java.util.Locale;

/** How grading a submission ended. Every status but GRADED scores zero. */
public enum Status {
    GRADED, COMPILE_ERROR, REJECTED, TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, CRASHED;

    /** The lower-case name used in CSV, JSON and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

package com.tangentlab.grade;

import java.util.Locale;

/**
 * Why a row of a batch report has no grade. These words appear in the status column beside
 * the judge's own statuses (graded, compile_error, ...), and such rows score 0.
 */
public enum NotGraded {
    /** The file name names no exercise in the catalog. */
    UNKNOWN_EXERCISE,
    /** The file could not be read as UTF-8 text. */
    UNREADABLE,
    /** The grader itself failed on this submission; it stays ungraded in the database and is retried next run. */
    GRADER_ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

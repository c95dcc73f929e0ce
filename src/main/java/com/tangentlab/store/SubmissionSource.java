package com.tangentlab.store;

import java.util.Locale;

/** Where a submission came in: a graded folder or the web server. */
public enum SubmissionSource {
    BATCH, WEB;

    /** The lower-case name kept in the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionSource fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

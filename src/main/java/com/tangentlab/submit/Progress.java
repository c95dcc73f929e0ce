package com.tangentlab.submit;

import java.util.Locale;

/** Where an accepted web submission is on its way to a grade. */
public enum Progress {
    /** Stored, waiting for a worker. */
    QUEUED,
    /** A worker is grading it. */
    RUNNING,
    /** Its grade is recorded. */
    DONE,
    /**
     * The grader itself failed on it: on this submission (the reason is recorded and it stays failed), or
     * for a fault of the server (it stays ungraded and is retried when the server restarts).
     */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

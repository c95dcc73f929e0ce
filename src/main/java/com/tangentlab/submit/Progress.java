package com.tangentlab.submit;

import java.util.Locale;

/** Where an accepted web submission is on its way to a grade. */
public enum Progress {
    /** Stored in the queue, waiting for a worker (again, after a worker died or its machine failed). */
    QUEUED,
    /** A worker on some machine holds its lease and is grading it. */
    RUNNING,
    /** Its grade is recorded. */
    DONE,
    /**
     * The grader itself failed on it, or was stopped on it too many times: the reason is recorded and it
     * stays failed.
     */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

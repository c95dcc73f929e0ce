package com.tangentlab.queue;

import java.util.Locale;

/** Something a grading worker did with one submission, told in one line. */
public record WorkerEvent(Kind kind, long submissionId, String student, String exerciseId, String detail) {
    public enum Kind {
        /** A lease was granted; detail says which claim it is. */
        CLAIMED,
        /** The grade was recorded; detail is its status and score. */
        GRADED,
        /** Another worker recorded a grade first (this one's lease had expired); nothing was written. */
        GRADED_ELSEWHERE,
        /** The grader failed on this submission, or it was claimed too often; detail is the recorded reason. */
        FAILED,
        /** A fault of this machine: given back to the queue for a later claim; detail says what broke. */
        RETRY_LATER;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** One line without line breaks: what happened to which submission. */
    public String line() {
        String line = kind.label() + " submission " + submissionId + " (" + student + ", " + exerciseId + ")"
                + (detail.isEmpty() ? "" : ": " + detail);
        return line.replaceAll("[\\r\\n]+", " ");
    }
}

package com.tangentlab.store;

import java.time.OffsetDateTime;

/**
 * Which submissions to list; a null field does not filter.
 *
 * @param status a status label, or {@link #UNGRADED} for submissions not graded yet
 * @param from   submitted at or after this time
 * @param until  submitted before this time
 */
public record SubmissionFilter(String exerciseId, String status, String student, OffsetDateTime from,
        OffsetDateTime until) {
    public static final String UNGRADED = "ungraded";

    public static SubmissionFilter everything() {
        return new SubmissionFilter(null, null, null, null, null);
    }
}

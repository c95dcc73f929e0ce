package com.tangentlab.gradebook;

import java.time.OffsetDateTime;

/**
 * A later deadline granted to one student.
 *
 * @param exerciseId the exercise it moves, or null for every exercise
 */
public record Extension(String username, String exerciseId, OffsetDateTime dueAt, String grantedBy,
        OffsetDateTime grantedAt) {

    /** Whether it moves the deadline of {@code exercise}. */
    public boolean covers(String exercise) {
        return exerciseId == null || exerciseId.equals(exercise);
    }
}

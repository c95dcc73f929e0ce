package com.tangentlab.store;

import java.time.OffsetDateTime;

/** A submission as stored, graded or not; its grade is read with {@link SubmissionStore#grade(long)}. */
public record StoredSubmission(long id, String student, String exerciseId, String code, OffsetDateTime submittedAt,
        long seed, SubmissionSource source, String batch) {}

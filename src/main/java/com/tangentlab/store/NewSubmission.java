package com.tangentlab.store;

/**
 * A submission about to be stored; it is stored before it is graded.
 *
 * @param seed  draws the hidden tests, so that a regrade sees the same ones
 * @param batch what the submission arrived with, e.g. the folder a batch graded; may be null
 */
public record NewSubmission(String student, String exerciseId, String code, long seed, SubmissionSource source,
        String batch) {}

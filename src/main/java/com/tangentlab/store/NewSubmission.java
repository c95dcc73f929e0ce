package com.tangentlab.store;

/**
 * A submission about to be stored; it is stored before it is graded.
 *
 * @param seed  draws the hidden tests, so that a regrade sees the same ones
 * @param batch what the submission arrived with, e.g. the folder a batch graded; may be null
 * @param offeringId the offering it was made in; null for the database's first offering, where folders graded
 *        offline belong (the class a database began with)
 */
public record NewSubmission(String student, String exerciseId, String code, long seed, SubmissionSource source,
        String batch, Long offeringId) {
    /** A submission to the database's first offering. */
    public NewSubmission(String student, String exerciseId, String code, long seed, SubmissionSource source,
            String batch) {
        this(student, exerciseId, code, seed, source, batch, null);
    }
}

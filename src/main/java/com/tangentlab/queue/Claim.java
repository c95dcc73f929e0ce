package com.tangentlab.queue;

import com.tangentlab.store.StoredSubmission;

/** What a worker's claim on the queue got. */
public sealed interface Claim {
    long submissionId();

    /**
     * The submission is this worker's to grade while its lease lasts.
     *
     * @param attempt how many times it has been claimed, this claim included
     */
    record Granted(StoredSubmission submission, int attempt) implements Claim {
        @Override
        public long submissionId() {
            return submission.id();
        }
    }

    /** The submission was claimed too often without a grade: it is now failed with {@code reason}, not graded. */
    record GaveUp(long submissionId, String student, String exerciseId, String reason) implements Claim {}
}

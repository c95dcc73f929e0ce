package com.tangentlab.gradebook;

import com.tangentlab.store.SubmissionSource;
import java.time.OffsetDateTime;

/**
 * One submission as the gradebook reads it, from the web or a graded folder; status, score,
 * maxScore and message are null while it is ungraded.
 *
 * @param batch the folder a batch graded, null for the web
 */
public record AttemptRecord(long id, String student, String exerciseId, OffsetDateTime submittedAt, long seed,
        SubmissionSource source, String batch, String status, Double score, Double maxScore, String message) {

    public boolean graded() {
        return status != null;
    }

    /** "web", or "batch: " and the folder. */
    public String sourceLabel() {
        return source == SubmissionSource.WEB ? "web" : "batch: " + batch;
    }
}

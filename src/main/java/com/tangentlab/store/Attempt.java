package com.tangentlab.store;

/**
 * One submission with the headline of its grade; status, score and maxScore are null while it is ungraded.
 */
public record Attempt(StoredSubmission submission, String status, Double score, Double maxScore) {}

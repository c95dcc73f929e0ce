package com.tangentlab.similarity;

import com.tangentlab.store.StoredSubmission;

/** Two students' latest submissions to one exercise and how similar they are. */
public record SimilarPair(StoredSubmission a, StoredSubmission b, double similarity, int matchedTokens) {}

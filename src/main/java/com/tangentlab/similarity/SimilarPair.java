package com.tangentlab.similarity;

import com.tangentlab.store.StoredSubmission;

/**
 * Two students' latest submissions to one exercise and how similar they are.
 *
 * @param sameCode  how many of the compared submissions have exactly the token stream of
 *                  {@code a}: a run of the same answer handed in by half the class is a common
 *                  solution, the same answer shared by two alone is what to look at first
 * @param truncated what the comparison left out (see {@link Truncation#note()}), or null
 */
public record SimilarPair(StoredSubmission a, StoredSubmission b, double similarity, int matchedTokens,
        int sameCode, String truncated) {}

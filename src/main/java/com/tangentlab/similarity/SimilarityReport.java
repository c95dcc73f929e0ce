package com.tangentlab.similarity;

import java.util.List;

/**
 * The pairs of one exercise at or above {@code threshold}, most similar first.
 *
 * @param submissions   latest submissions compared, one per student
 * @param pairsCompared every pair of them
 */
public record SimilarityReport(String exerciseId, double threshold, int minimumMatch, int submissions,
        int pairsCompared, List<SimilarPair> pairs) {}

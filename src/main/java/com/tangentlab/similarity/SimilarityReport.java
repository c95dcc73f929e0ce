package com.tangentlab.similarity;

import java.util.List;

/**
 * The pairs of one exercise at or above {@code threshold}, most similar first.
 *
 * @param submissions   latest submissions compared, one per student
 * @param pairsCompared pairs compared: every pair of them, unless the report's time budget ran out
 * @param truncated     why some pairs were not compared, or null when all were
 */
public record SimilarityReport(String exerciseId, double threshold, int minimumMatch, int submissions,
        int pairsCompared, List<SimilarPair> pairs, String truncated) {}

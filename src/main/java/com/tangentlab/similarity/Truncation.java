package com.tangentlab.similarity;

import java.time.Duration;

/**
 * Why a comparison saw less than everything: tokens beyond the cap were left out, or its time
 * budget ran out before every shared run was found (its similarity is then a lower bound).
 *
 * @param tokensA all tokens of the first submission, of which at most {@link SimilarityMeasure#MAX_TOKENS} are compared
 * @param budget  the time the comparison was given
 */
public record Truncation(int tokensA, int tokensB, boolean outOfTime, Duration budget) {
    public boolean truncated() {
        return capped(tokensA) || capped(tokensB) || outOfTime;
    }

    /** What an instructor should know about the figure, or null when the comparison is whole. */
    public String note() {
        if (!truncated()) return null;
        StringBuilder note = new StringBuilder();
        if (capped(tokensA) || capped(tokensB)) {
            note.append("only the first ").append(SimilarityMeasure.MAX_TOKENS).append(" tokens of each submission")
                    .append(" were compared (they have ").append(tokensA).append(" and ").append(tokensB)
                    .append(")");
        }
        if (outOfTime) {
            if (!note.isEmpty()) note.append("; ");
            note.append("the comparison stopped at its time budget of ").append(budget.toMillis())
                    .append(" ms, so the similarity may be higher");
        }
        return note.toString();
    }

    private static boolean capped(int tokens) {
        return tokens > SimilarityMeasure.MAX_TOKENS;
    }
}

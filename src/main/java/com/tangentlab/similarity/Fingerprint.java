package com.tangentlab.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * A submission as the similarity measure sees it, computed once per submission: its normalised
 * tokens (at most {@link SimilarityMeasure#MAX_TOKENS}), with those that copy the exercise's
 * starter code set aside, since every student is given them.
 *
 * @param texts       the tokens' texts, in order, as the tiling compares them
 * @param totalTokens how many tokens the whole submission has, more than {@code tokens} when capped
 * @param complete    false when setting the starter aside ran out of time, so some of it may count as own
 */
public record Fingerprint(List<Token> tokens, String[] texts, boolean[] starter, int totalTokens,
        boolean complete) {
    /** The token stream as a value: two submissions with the same one are the same code. */
    public List<String> textList() {
        return Arrays.asList(texts);
    }

    /** Tokens the student wrote, which are what similarity is measured over. */
    public int ownTokens() {
        int own = 0;
        for (boolean s : starter) if (!s) own++;
        return own;
    }

    /** Whether only the first {@link SimilarityMeasure#MAX_TOKENS} tokens are compared. */
    public boolean capped() {
        return totalTokens > tokens.size();
    }
}

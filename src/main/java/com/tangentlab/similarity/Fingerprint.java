package com.tangentlab.similarity;

import java.util.List;

/**
 * A submission as the similarity measure sees it: its normalised tokens, with those that copy
 * the exercise's starter code set aside, since every student is given them.
 */
public record Fingerprint(List<Token> tokens, boolean[] starter) {
    public List<String> texts() {
        return tokens.stream().map(Token::text).toList();
    }

    /** Tokens the student wrote, which are what similarity is measured over. */
    public int ownTokens() {
        int own = 0;
        for (boolean s : starter) if (!s) own++;
        return own;
    }
}

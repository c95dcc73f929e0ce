package com.tangentlab.similarity;

import java.time.Duration;
import java.util.List;

/**
 * Similarity of two submissions: the share of their own tokens (not copied from the starter)
 * covered by common runs of at least {@link #MINIMUM_MATCH} normalised tokens, (own covered
 * tokens of a + of b) / (own tokens of a + of b), from 0
 * (nothing in common) to 1 (the same token stream: a copy with renamed identifiers, changed
 * literals, other layout or comments).
 */
public final class SimilarityMeasure {
    /**
     * Shortest common run that counts, in tokens. Our tokens are fine-grained (every bracket and
     * semicolon is one), so a run of 10 is about one statement: shorter runs, such as a bare loop
     * header, turn up in independent solutions; JPlag uses 9 of its coarser Java tokens.
     */
    public static final int MINIMUM_MATCH = 10;
    /**
     * Tokens of a submission compared, from its start. The known samples have 15 to 426
     * tokens; a submission at the source limit (64 KiB) can have 25,000, and a round of tiling
     * costs the product of the two lengths. At 2000 a round costs 4 million steps (a few
     * milliseconds) and its table 8 MB.
     */
    public static final int MAX_TOKENS = 2000;
    /** Time one comparison may take when the caller gives no budget of its own. */
    public static final Duration COMPARISON_BUDGET = Duration.ofSeconds(2);

    /** What two submissions share, and what the comparison left out. */
    public record Comparison(double similarity, List<Tile> tiles, int coveredTokens, Truncation truncation) {}

    private SimilarityMeasure() {}

    /** The starter's token texts, which every fingerprint of the exercise sets aside: computed once per exercise. */
    public static String[] starterTexts(String starter) {
        return texts(JavaTokens.of(starter));
    }

    /** Tokenises {@code code}, keeps its first {@link #MAX_TOKENS} tokens and sets aside what it copies from the starter. */
    public static Fingerprint fingerprint(String code, String[] starter, WorkBudget budget) {
        List<Token> all = JavaTokens.of(code);
        List<Token> tokens = all.size() > MAX_TOKENS ? List.copyOf(all.subList(0, MAX_TOKENS)) : all;
        String[] texts = texts(tokens);
        boolean[] fromStarter = new boolean[tokens.size()];
        boolean complete = GreedyStringTiling.tiles(texts, starter, fromStarter, new boolean[starter.length],
                MINIMUM_MATCH, budget).complete();
        return new Fingerprint(tokens, texts, fromStarter, all.size(), complete);
    }

    /** A fingerprint within {@link #COMPARISON_BUDGET}. */
    public static Fingerprint fingerprint(String code, String starter) {
        return fingerprint(code, starterTexts(starter), WorkBudget.of(COMPARISON_BUDGET));
    }

    /**
     * Tiles the whole token streams, then counts only covered tokens the students wrote: marking
     * the starter before tiling would cut statements that merely begin like the starter's into
     * fragments too short to match, so that even identical submissions would score below 1.
     */
    public static Comparison compare(Fingerprint x, Fingerprint y, WorkBudget budget) {
        boolean[] coveredX = new boolean[x.tokens().size()];
        boolean[] coveredY = new boolean[y.tokens().size()];
        GreedyStringTiling.Tiling tiling = GreedyStringTiling.tiles(x.texts(), y.texts(), coveredX, coveredY,
                MINIMUM_MATCH, budget);
        int covered = tiling.tiles().stream().mapToInt(Tile::length).sum();
        int ownCovered = ownCovered(coveredX, x.starter()) + ownCovered(coveredY, y.starter());
        int own = x.ownTokens() + y.ownTokens();
        boolean outOfTime = !tiling.complete() || !x.complete() || !y.complete();
        return new Comparison(own == 0 ? 0 : (double) ownCovered / own, tiling.tiles(), covered,
                new Truncation(x.totalTokens(), y.totalTokens(), outOfTime, budget.length()));
    }

    /** A comparison within {@link #COMPARISON_BUDGET}. */
    public static Comparison compare(Fingerprint x, Fingerprint y) {
        return compare(x, y, WorkBudget.of(COMPARISON_BUDGET));
    }

    private static String[] texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    private static int ownCovered(boolean[] covered, boolean[] starter) {
        int n = 0;
        for (int i = 0; i < covered.length; i++) if (covered[i] && !starter[i]) n++;
        return n;
    }
}

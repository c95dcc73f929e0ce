package com.tangentlab.similarity;

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

    /** What two submissions share. */
    public record Comparison(double similarity, List<Tile> tiles, int coveredTokens) {}

    private SimilarityMeasure() {}

    /** Tokenises {@code code} and sets aside what it copies from {@code starter}. */
    public static Fingerprint fingerprint(String code, String starter) {
        List<Token> tokens = JavaTokens.of(code);
        List<Token> given = JavaTokens.of(starter);
        boolean[] fromStarter = new boolean[tokens.size()];
        GreedyStringTiling.tiles(tokens.stream().map(Token::text).toList(), given.stream().map(Token::text).toList(),
                fromStarter, new boolean[given.size()], MINIMUM_MATCH);
        return new Fingerprint(tokens, fromStarter);
    }

    /**
     * Tiles the whole token streams, then counts only covered tokens the students wrote: marking
     * the starter before tiling would cut statements that merely begin like the starter's into
     * fragments too short to match, so that even identical submissions would score below 1.
     */
    public static Comparison compare(Fingerprint x, Fingerprint y) {
        boolean[] coveredX = new boolean[x.tokens().size()];
        boolean[] coveredY = new boolean[y.tokens().size()];
        List<Tile> tiles = GreedyStringTiling.tiles(x.texts(), y.texts(), coveredX, coveredY, MINIMUM_MATCH);
        int covered = tiles.stream().mapToInt(Tile::length).sum();
        int ownCovered = ownCovered(coveredX, x.starter()) + ownCovered(coveredY, y.starter());
        int own = x.ownTokens() + y.ownTokens();
        return new Comparison(own == 0 ? 0 : (double) ownCovered / own, tiles, covered);
    }

    private static int ownCovered(boolean[] covered, boolean[] starter) {
        int n = 0;
        for (int i = 0; i < covered.length; i++) if (covered[i] && !starter[i]) n++;
        return n;
    }
}

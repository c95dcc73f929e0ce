package com.tangentlab.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy string tiling (Wise, 1993; the matcher behind JPlag): repeatedly takes the longest
 * common runs of tokens not yet covered, down to a minimum length, so each token belongs to at
 * most one tile and reordered blocks are still found.
 */
public final class GreedyStringTiling {
    private GreedyStringTiling() {}

    /**
     * Tiles {@code a} and {@code b}; tokens already marked (e.g. given starter code) are never
     * tiled. The marks are updated with the tiles found.
     */
    public static List<Tile> tiles(List<String> a, List<String> b, boolean[] markedA, boolean[] markedB,
            int minimumMatch) {
        List<Tile> tiles = new ArrayList<>();
        int longest;
        do {
            longest = minimumMatch;
            List<Tile> candidates = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (markedA[i]) continue;
                for (int j = 0; j < b.size(); j++) {
                    if (markedB[j] || !a.get(i).equals(b.get(j))) continue;
                    int k = runLength(a, b, markedA, markedB, i, j);
                    if (k > longest) {
                        candidates.clear();
                        longest = k;
                    }
                    if (k == longest) candidates.add(new Tile(i, j, k));
                }
            }
            for (Tile t : candidates) {
                if (free(markedA, t.a(), t.length()) && free(markedB, t.b(), t.length())) {
                    mark(markedA, t.a(), t.length());
                    mark(markedB, t.b(), t.length());
                    tiles.add(t);
                }
            }
        } while (longest > minimumMatch);
        return tiles;
    }

    private static int runLength(List<String> a, List<String> b, boolean[] markedA, boolean[] markedB, int i,
            int j) {
        int k = 0;
        while (i + k < a.size() && j + k < b.size() && !markedA[i + k] && !markedB[j + k]
                && a.get(i + k).equals(b.get(j + k))) {
            k++;
        }
        return k;
    }

    private static boolean free(boolean[] marked, int from, int length) {
        for (int i = from; i < from + length; i++) if (marked[i]) return false;
        return true;
    }

    private static void mark(boolean[] marked, int from, int length) {
        for (int i = from; i < from + length; i++) marked[i] = true;
    }
}

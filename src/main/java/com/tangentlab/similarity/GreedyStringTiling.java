package com.tangentlab.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy string tiling (Wise, 1993; the matcher behind JPlag): repeatedly takes the longest
 * common runs of tokens not yet covered, down to a minimum length, so each token belongs to at
 * most one tile and reordered blocks are still found.
 *
 * <p>Each round finds every run's length in one table filled from the end ({@code run[i][j] =
 * run[i+1][j+1] + 1} where the tokens match), so a round costs the product of the lengths
 * however repetitive the code is; comparing run by run from each start instead grows with the
 * cube of the length on repetitive code. Callers cap the lengths, and the work stops when its
 * budget runs out.
 */
public final class GreedyStringTiling {
    /** The tiles found, and whether tiling ran to its end or stopped when its budget ran out. */
    public record Tiling(List<Tile> tiles, boolean complete) {}

    private GreedyStringTiling() {}

    /**
     * Tiles {@code a} and {@code b}; tokens already marked (e.g. given starter code) are never
     * tiled. The marks are updated with the tiles found. Runs are at most {@link Short#MAX_VALUE}
     * long, so neither sequence may be longer.
     */
    public static Tiling tiles(String[] a, String[] b, boolean[] markedA, boolean[] markedB, int minimumMatch,
            WorkBudget budget) {
        if (a.length > Short.MAX_VALUE || b.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("sequences of at most " + Short.MAX_VALUE + " tokens can be tiled");
        }
        List<Tile> tiles = new ArrayList<>();
        short[] runs = new short[(a.length + 1) * (b.length + 1)];
        while (true) {
            int longest = fillRuns(a, b, markedA, markedB, runs, budget);
            if (longest < 0) return new Tiling(tiles, false);
            if (longest < minimumMatch) return new Tiling(tiles, true);
            takeLongest(runs, b.length + 1, longest, markedA, markedB, tiles);
            if (longest == minimumMatch) return new Tiling(tiles, true);
        }
    }

    /** Fills {@code runs} with the length of the common unmarked run at each pair of starts; -1 when out of budget. */
    private static int fillRuns(String[] a, String[] b, boolean[] markedA, boolean[] markedB, short[] runs,
            WorkBudget budget) {
        int width = b.length + 1;
        int longest = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            if (budget.exhausted()) return -1;
            int row = i * width;
            int below = row + width;
            for (int j = b.length - 1; j >= 0; j--) {
                boolean match = !markedA[i] && !markedB[j] && a[i].equals(b[j]);
                int run = match ? runs[below + j + 1] + 1 : 0;
                runs[row + j] = (short) run;
                if (run > longest) longest = run;
            }
        }
        return longest;
    }

    /**
     * Tiles every run of the longest length, in order of its start in {@code a} then in
     * {@code b}, unless an earlier tile of this round already covers part of it.
     */
    private static void takeLongest(short[] runs, int width, int longest, boolean[] markedA, boolean[] markedB,
            List<Tile> tiles) {
        for (int i = 0; i < markedA.length; i++) {
            for (int j = 0; j < markedB.length; j++) {
                if (runs[i * width + j] != longest) continue;
                if (free(markedA, i, longest) && free(markedB, j, longest)) {
                    mark(markedA, i, longest);
                    mark(markedB, j, longest);
                    tiles.add(new Tile(i, j, longest));
                }
            }
        }
    }

    private static boolean free(boolean[] marked, int from, int length) {
        for (int i = from; i < from + length; i++) if (marked[i]) return false;
        return true;
    }

    private static void mark(boolean[] marked, int from, int length) {
        for (int i = from; i < from + length; i++) marked[i] = true;
    }
}

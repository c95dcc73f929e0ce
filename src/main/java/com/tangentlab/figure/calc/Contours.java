package com.tangentlab.figure.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Level curves by marching squares: the function is sampled on a grid, and in each cell the
 * level is crossed on the edges whose corners lie on either side of it.
 */
public final class Contours {
    private Contours() {}

    /** A rectangle sampled on {@code cells} × {@code cells} cells. */
    public record Grid(double xMin, double xMax, double yMin, double yMax, int cells) {
        double x(int i) {
            return xMin + (xMax - xMin) * i / cells;
        }

        double y(int j) {
            return yMin + (yMax - yMin) * j / cells;
        }
    }

    /** The pieces of the curve {@code f = level}: points 2k and 2k+1 are the ends of one piece. */
    public static List<double[]> segments(DoubleBinaryOperator f, Grid grid, double level) {
        int n = grid.cells();
        double[][] v = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) v[i][j] = f.applyAsDouble(grid.x(i), grid.y(j)) - level;
        }
        List<double[]> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) cell(f, grid, level, v, i, j, pieces);
        }
        return pieces;
    }

    private static void cell(DoubleBinaryOperator f, Grid g, double level, double[][] v, int i, int j,
            List<double[]> out) {
        double bl = v[i][j], br = v[i + 1][j], tr = v[i + 1][j + 1], tl = v[i][j + 1];
        // The edges in cyclic order: bottom, right, top, left; null where the level is not crossed.
        double[][] edges = {
                crossing(g.x(i), g.y(j), bl, g.x(i + 1), g.y(j), br),
                crossing(g.x(i + 1), g.y(j), br, g.x(i + 1), g.y(j + 1), tr),
                crossing(g.x(i + 1), g.y(j + 1), tr, g.x(i), g.y(j + 1), tl),
                crossing(g.x(i), g.y(j + 1), tl, g.x(i), g.y(j), bl)};
        List<double[]> hits = new ArrayList<>();
        for (double[] e : edges) if (e != null) hits.add(e);
        if (hits.size() == 2) {
            out.add(hits.get(0));
            out.add(hits.get(1));
        } else if (hits.size() == 4) {
            // Corners alternate sides; the centre tells which diagonal pair is joined through the cell.
            double centre = f.applyAsDouble(0.5 * (g.x(i) + g.x(i + 1)), 0.5 * (g.y(j) + g.y(j + 1))) - level;
            boolean bottomLeftJoinsTopRight = (centre >= 0) == (bl >= 0);
            int[] order = bottomLeftJoinsTopRight ? new int[] {0, 1, 2, 3} : new int[] {3, 0, 1, 2};
            for (int k : order) out.add(edges[k]);
        }
    }

    private static double[] crossing(double x0, double y0, double v0, double x1, double y1, double v1) {
        if ((v0 >= 0) == (v1 >= 0)) return null;
        double t = v0 / (v0 - v1);
        return new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
    }
}

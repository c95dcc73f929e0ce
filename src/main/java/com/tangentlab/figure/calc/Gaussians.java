package com.tangentlab.figure.calc;

import java.util.SplittableRandom;

/** Standard normal draws from a seeded generator, so that a figure is the same at every request. */
public final class Gaussians {
    private Gaussians() {}

    public static double[] vector(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextGaussian();
        return v;
    }

    public static double[][] matrix(SplittableRandom random, int rows, int cols, double scale) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) m[i][j] = scale * random.nextGaussian();
        }
        return m;
    }
}

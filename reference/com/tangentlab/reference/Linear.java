package com.tangentlab.reference;

import org.ejml.simple.SimpleMatrix;

/** Small dense linear-algebra helpers shared by the reference implementations. */
final class Linear {
    private Linear() {}

    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) out[i] += a[i][j] * v[j];
        }
        return out;
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double x : v) sum += x * x;
        return Math.sqrt(sum);
    }

    static double frobenius(double[][] a) {
        double sum = 0;
        for (double[] row : a) for (double x : row) sum += x * x;
        return Math.sqrt(sum);
    }

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] - b[i];
        return out;
    }

    static double[] plus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + b[i];
        return out;
    }

    static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }

    static boolean isSquare(double[][] a) {
        for (double[] row : a) if (row == null || row.length != a.length) return false;
        return true;
    }

    /** ‖A − Aᵀ‖_F, which is zero exactly when A is symmetric. */
    static double asymmetry(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < i; j++) sum += 2 * (a[i][j] - a[j][i]) * (a[i][j] - a[j][i]);
        }
        return Math.sqrt(sum);
    }

    /** Singular values above {@code relativeCutoff} times the largest one. */
    static int rank(double[][] a, double relativeCutoff) {
        double[] singular = new SimpleMatrix(a).svd(true).getSingularValues();
        double largest = 0;
        for (double s : singular) largest = Math.max(largest, s);
        int rank = 0;
        for (double s : singular) if (s > relativeCutoff * largest) rank++;
        return rank;
    }

    /** Solves A x = b by LU with partial pivoting: backward stable, and no inverse is formed. */
    static double[] solve(double[][] a, double[] b) {
        SimpleMatrix x = new SimpleMatrix(a).solve(new SimpleMatrix(b.length, 1, true, b));
        double[] out = new double[b.length];
        for (int i = 0; i < out.length; i++) out[i] = x.get(i, 0);
        return out;
    }
}

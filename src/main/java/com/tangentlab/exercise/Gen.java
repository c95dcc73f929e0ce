package com.tangentlab.exercise;

import com.tangentlab.agent.Value;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Random inputs for hidden tests; every draw comes from the seeded generator it is given. */
public final class Gen {
    private Gen() {}

    /** Entries uniform in [-scale, scale]. */
    public static double[] vector(SplittableRandom r, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextDouble(-scale, scale);
        return v;
    }

    public static double[][] matrix(SplittableRandom r, int m, int n, double scale) {
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) a[i] = vector(r, n, scale);
        return a;
    }

    /** An integer in [min, max], both included. */
    public static int size(SplittableRandom r, int min, int max) {
        return r.nextInt(min, max + 1);
    }

    /**
     * A symmetric positive definite matrix Q diag(λ) Q^T with eigenvalues spread
     * geometrically from 1 to {@code conditionNumber}, scaled by {@code scale}.
     */
    public static double[][] spd(SplittableRandom r, int n, double conditionNumber, double scale) {
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            eigenvalues[i] = scale * Math.pow(conditionNumber, t);
        }
        return withEigenvalues(r, eigenvalues);
    }

    /** A symmetric matrix with the given eigenvalues and random orthonormal eigenvectors. */
    public static double[][] withEigenvalues(SplittableRandom r, double[] eigenvalues) {
        int n = eigenvalues.length;
        SimpleMatrix q = new SimpleMatrix(matrix(r, n, n, 1.0)).svd().getU();
        SimpleMatrix a = q.mult(SimpleMatrix.diag(eigenvalues)).mult(q.transpose());
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) out[i][j] = 0.5 * (a.get(i, j) + a.get(j, i));
        }
        return out;
    }

    public static Value vec(double[] v) { return new Value.Vec(v); }
    public static Value mat(double[][] m) { return new Value.Mat(m); }
    public static Value num(double x) { return new Value.Num(x); }
}

package com.tangentlab.reference;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
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

    /** ‖v‖, with the entries divided by the largest first so that no square overflows or underflows. */
    static double norm(double[] v) {
        double largest = 0;
        for (double x : v) largest = Math.max(largest, Math.abs(x));
        if (largest == 0 || !Double.isFinite(largest)) return largest;
        double sum = 0;
        for (double x : v) sum += (x / largest) * (x / largest);
        return largest * Math.sqrt(sum);
    }

    /** ‖A‖_F, scaled like {@link #norm}. */
    static double frobenius(double[][] a) {
        double largest = 0;
        for (double[] row : a) for (double x : row) largest = Math.max(largest, Math.abs(x));
        if (largest == 0 || !Double.isFinite(largest)) return largest;
        double sum = 0;
        for (double[] row : a) for (double x : row) sum += (x / largest) * (x / largest);
        return largest * Math.sqrt(sum);
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

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * factor;
        return out;
    }

    static double[][] scaled(double[][] a, double factor) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = scaled(a[i], factor);
        return out;
    }

    static double[][] times(double[][] a, double[][] b) {
        double[][] out = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) out[i][j] += a[i][k] * b[k][j];
            }
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    /** diag(d) A: row i of A scaled by d_i. */
    static double[][] rowsScaled(double[] d, double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = scaled(a[i], d[i]);
        return out;
    }

    static double[][] identity(int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) out[i][i] = 1;
        return out;
    }

    /** A + shift·I for a square A. */
    static double[][] shifted(double[][] a, double shift) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            out[i][i] += shift;
        }
        return out;
    }

    static double[][] minus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = minus(a[i], b[i]);
        return out;
    }

    /** Solves A X = B column by column with one LU factorisation of A. */
    static double[][] solve(double[][] a, double[][] b) {
        SimpleMatrix x = new SimpleMatrix(a).solve(new SimpleMatrix(b));
        double[][] out = new double[x.getNumRows()][x.getNumCols()];
        for (int i = 0; i < out.length; i++) for (int j = 0; j < out[0].length; j++) out[i][j] = x.get(i, j);
        return out;
    }

    /** X B = C solved as Bᵀ Xᵀ = Cᵀ. */
    static double[][] solveRight(double[][] c, double[][] b) {
        return transpose(solve(transpose(b), transpose(c)));
    }

    /**
     * Eigenvalues of a symmetric matrix in ascending order, from EJML's symmetric QR algorithm,
     * which is backward stable: each is within a few ε‖A‖ of the exact one.
     */
    static double[] symmetricEigenvalues(double[][] a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.length, false, true);
        if (!eig.decompose(new DMatrixRMaj(a))) throw new IllegalStateException("the eigenvalue iteration did not converge");
        double[] values = new double[a.length];
        for (int i = 0; i < values.length; i++) values[i] = eig.getEigenvalue(i).getReal();
        java.util.Arrays.sort(values);
        return values;
    }

    /** Largest singular value σ_max, so that λ_max(AᵀA) = σ_max². */
    static double largestSingularValue(double[][] a) {
        double largest = 0;
        for (double s : new SimpleMatrix(a).svd(true).getSingularValues()) largest = Math.max(largest, s);
        return largest;
    }
}

package com.tangentlab.figure.calc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Small dense matrices as {@code double[row][col]}; EJML does the decompositions. */
public final class Matrices {
    private Matrices() {}

    /** Eigenvalues in ascending order, {@code vectors[k]} the unit eigenvector of {@code values[k]}. */
    public record Eigen(double[] values, double[][] vectors) {}

    public static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) id[i][i] = 1;
        return id;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                if (aik == 0) continue;
                for (int j = 0; j < b[0].length; j++) c[i][j] += aik * b[k][j];
            }
        }
        return c;
    }

    public static double[] times(double[][] a, double[] v) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) y[i] += a[i][j] * v[j];
        }
        return y;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        }
        return t;
    }

    public static double[][] diagonal(double[] d) {
        double[][] m = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) m[i][i] = d[i];
        return m;
    }

    public static double maxAbsDifference(double[][] a, double[][] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
        }
        return worst;
    }

    public static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElse(0);
    }

    public static double norm(double[] v) {
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    }

    /** The eigen-decomposition of a symmetric matrix (only its symmetric part is used). */
    public static Eigen symmetricEigen(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) m.set(i, j, 0.5 * (a[i][j] + a[j][i]));
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) throw new ArithmeticException("the eigen-decomposition did not converge");
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> eig.getEigenvalue(k).real));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(order[k]).real;
            vectors[k] = eig.getEigenVector(order[k]).getData().clone();
        }
        return new Eigen(values, vectors);
    }

    /** Singular values, largest first. */
    public static double[] singularValues(double[][] a) {
        double[] s = SingularOps_DDRM.singularValues(new DMatrixRMaj(a));
        Arrays.sort(s);
        for (int i = 0; i < s.length / 2; i++) {
            double t = s[i];
            s[i] = s[s.length - 1 - i];
            s[s.length - 1 - i] = t;
        }
        return s;
    }

    public static double spectralNorm(double[][] a) {
        return singularValues(a)[0];
    }

    /** The number of singular values above {@code relativeTolerance} times the largest. */
    public static int rank(double[][] a, double relativeTolerance) {
        double[] s = singularValues(a);
        return (int) Arrays.stream(s).filter(x -> x > relativeTolerance * s[0]).count();
    }
}

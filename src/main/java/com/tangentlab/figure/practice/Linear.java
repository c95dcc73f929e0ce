package com.tangentlab.figure.practice;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.simple.SimpleMatrix;

/** Small dense linear algebra on plain arrays and EJML matrices, with seeded random inputs. */
final class Linear {
    private Linear() {}

    /** Independent standard normal entries times {@code scale}. */
    static double[] gaussian(SplittableRandom random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * random.nextGaussian();
        return v;
    }

    static SimpleMatrix gaussian(SplittableRandom random, int rows, int cols, double scale) {
        SimpleMatrix m = new SimpleMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) m.set(i, j, scale * random.nextGaussian());
        }
        return m;
    }

    /** A random unit vector, uniform on the sphere. */
    static double[] unitGaussian(SplittableRandom random, int n) {
        double[] v = gaussian(random, n, 1);
        return scaled(v, 1 / norm(v));
    }

    /** The orthogonal factor of a Gaussian matrix: a random rotation or reflection. */
    static SimpleMatrix orthogonal(SplittableRandom random, int n) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(gaussian(random, n, n, 1).getDDRM().copy());
        return SimpleMatrix.wrap(qr.getQ(null, false));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double[] scaled(double[] a, double c) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = c * a[i];
        return out;
    }

    /** {@code a + c b}. */
    static double[] plus(double[] a, double c, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + c * b[i];
        return out;
    }

    static double maxAbsDifference(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
        return worst;
    }

    static double[] times(SimpleMatrix m, double[] v) {
        DMatrixRMaj dense = m.getDDRM();
        double[] data = dense.getData();
        int cols = dense.getNumCols();
        double[] out = new double[dense.getNumRows()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) s += data[i * cols + j] * v[j];
            out[i] = s;
        }
        return out;
    }

    static SimpleMatrix column(double[] v) {
        return new SimpleMatrix(v.length, 1, true, v);
    }

    static double[] entries(SimpleMatrix m) {
        return m.getDDRM().getData().clone();
    }

    /** The eigenvalues of a symmetric matrix, smallest first. */
    static double[] symmetricEigenvalues(SimpleMatrix m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.getNumRows(), false, true);
        eig.decompose(m.getDDRM().copy());
        double[] values = new double[m.getNumRows()];
        for (int i = 0; i < values.length; i++) values[i] = eig.getEigenvalue(i).real;
        Arrays.sort(values);
        return values;
    }

    static double largestEigenvalue(SimpleMatrix symmetric) {
        double[] values = symmetricEigenvalues(symmetric);
        return values[values.length - 1];
    }

    /** The singular values, largest first. */
    static double[] singularValues(SimpleMatrix m) {
        double[] values = SingularOps_DDRM.singularValues(m.getDDRM().copy());
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    static double spectralNorm(SimpleMatrix m) {
        return singularValues(m)[0];
    }
}

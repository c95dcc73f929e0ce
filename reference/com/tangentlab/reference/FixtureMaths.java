package com.tangentlab.reference;

import com.tangentlab.agent.Value;

/**
 * The parameters of a function fixture read back as matrices, and the exact derivatives of
 * the fixture families, against which finite-difference answers are judged.
 */
final class FixtureMaths {
    private FixtureMaths() {}

    /** W of an affine-layout fixture (affine, tanh-affine, log-sum-exp, ...): m × n. */
    static double[][] weights(Value.Fn fn) {
        int m = fn.dims()[0], n = fn.dims()[1];
        double[][] w = new double[m][n];
        for (int i = 0; i < m; i++) System.arraycopy(fn.params(), i * n, w[i], 0, n);
        return w;
    }

    /** b of an affine-layout fixture: length m. */
    static double[] bias(Value.Fn fn) {
        int m = fn.dims()[0], n = fn.dims()[1];
        return java.util.Arrays.copyOfRange(fn.params(), m * n, m * n + m);
    }

    /** W x + b. */
    static double[] preActivation(Value.Fn fn, double[] x) {
        return Linear.plus(Linear.times(weights(fn), x), bias(fn));
    }

    /** d tanh(Wx + b) / dx = diag(1 − tanh²(Wx + b)) W. */
    static double[][] tanhAffineJacobian(Value.Fn fn, double[] x) {
        double[][] j = weights(fn);
        double[] z = preActivation(fn, x);
        for (int i = 0; i < j.length; i++) {
            double slope = 1 - Math.tanh(z[i]) * Math.tanh(z[i]);
            for (int k = 0; k < j[i].length; k++) j[i][k] *= slope;
        }
        return j;
    }

    /** The Hessian of log Σ exp(Wx + b): Wᵀ (diag(p) − p pᵀ) W with p = softmax(Wx + b). */
    static double[][] logSumExpHessian(Value.Fn fn, double[] x) {
        double[][] w = weights(fn);
        double[] p = softmax(preActivation(fn, x));
        int m = w.length, n = w[0].length;
        double[] pw = new double[n];
        for (int i = 0; i < m; i++) for (int a = 0; a < n; a++) pw[a] += p[i] * w[i][a];
        double[][] h = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int i = 0; i < m; i++) sum += p[i] * w[i][a] * w[i][c];
                h[a][c] = sum - pw[a] * pw[c];
            }
        }
        return h;
    }

    /** The Hessian of ½ xᵀAx + bᵀx: the symmetric part of A, read from a quadratic fixture. */
    static double[][] quadraticHessian(Value.Fn fn) {
        int n = fn.dims()[0];
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) h[i][k] = 0.5 * (fn.params()[i * n + k] + fn.params()[k * n + i]);
        }
        return h;
    }

    /** A quadratic fixture ½ xᵀAx + bᵀx. */
    static Value.Fn quadratic(double[][] a, double[] b) {
        int n = a.length;
        double[] params = new double[n * n + n];
        for (int i = 0; i < n; i++) System.arraycopy(a[i], 0, params, i * n, n);
        System.arraycopy(b, 0, params, n * n, n);
        return new Value.Fn(com.tangentlab.agent.Fixtures.QUADRATIC, new int[] {n}, params);
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) { p[i] = Math.exp(z[i] - max); sum += p[i]; }
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int k = 0; k < a[0].length; k++) t[k][i] = a[i][k];
        return t;
    }

    static double[][] scaled(double[][] a, double factor) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int k = 0; k < out[i].length; k++) out[i][k] *= factor;
        }
        return out;
    }

    /** ‖a − b‖_F / ‖b‖_F. */
    static double relativeDistance(double[][] a, double[][] b) {
        double diff = 0, norm = 0;
        for (int i = 0; i < b.length; i++) {
            for (int k = 0; k < b[i].length; k++) {
                diff += (a[i][k] - b[i][k]) * (a[i][k] - b[i][k]);
                norm += b[i][k] * b[i][k];
            }
        }
        return Math.sqrt(diff / norm);
    }
}

package com.tangentlab.agent;

import java.util.Arrays;

/**
 * Function-valued test inputs. A {@link Value.Fn} names one of these and carries its
 * parameters; the agent and the trusted judge build the same function from the same
 * description, so the reference sees exactly what the student's code was given.
 */
public final class Fixtures {
    private Fixtures() {}

    /** x -> W x + b, with dims = [m, n] and params = W (row-major, m*n) then b (m). */
    public static final String AFFINE = "affine";
    /** x -> tanh(W x + b), same layout as {@link #AFFINE}. */
    public static final String TANH_AFFINE = "tanh-affine";
    /** x -> 0.5 x^T A x + b^T x, with dims = [n] and params = A (n*n) then b (n); scalar-valued. */
    public static final String QUADRATIC = "quadratic";

    /** Evaluates a vector-valued fixture at x; x is not modified. */
    public static double[] apply(Value.Fn fn, double[] x) {
        switch (fn.name()) {
            case AFFINE: return affine(fn, x);
            case TANH_AFFINE: {
                double[] y = affine(fn, x);
                for (int i = 0; i < y.length; i++) y[i] = Math.tanh(y[i]);
                return y;
            }
            case LOG_SUM_EXP_GRADIENT: return logSumExpGradient(fn, x);
            default: throw new IllegalArgumentException(fn.name() + " is not a vector-valued function");
        }
    }

    /** Evaluates a scalar-valued fixture at x; x is not modified. */
    public static double applyScalar(Value.Fn fn, double[] x) {
        if (LOG_SUM_EXP.equals(fn.name())) return logSumExp(fn, x);
        if (!QUADRATIC.equals(fn.name())) throw new IllegalArgumentException(fn.name() + " is not a scalar function");
        int n = fn.dims()[0];
        requireLength(x, n);
        double[] p = fn.params();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) row += p[i * n + j] * x[j];
            sum += 0.5 * x[i] * row + p[n * n + i] * x[i];
        }
        return sum;
    }

    /** The input length a fixture expects. */
    public static int inputLength(Value.Fn fn) {
        return fn.name().equals(QUADRATIC) ? fn.dims()[0] : fn.dims()[1];
    }

    public static Value.Fn affine(String name, double[][] w, double[] b) {
        int m = w.length, n = w[0].length;
        double[] params = new double[m * n + m];
        for (int i = 0; i < m; i++) System.arraycopy(w[i], 0, params, i * n, n);
        System.arraycopy(b, 0, params, m * n, m);
        return new Value.Fn(name, new int[] {m, n}, params);
    }

    private static double[] affine(Value.Fn fn, double[] x) {
        int m = fn.dims()[0], n = fn.dims()[1];
        requireLength(x, n);
        double[] p = fn.params();
        double[] y = Arrays.copyOfRange(p, m * n, m * n + m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) y[i] += p[i * n + j] * x[j];
        }
        return y;
    }

    // ---- Smooth non-quadratic losses, for finite-difference Hessians and gradient checks ----

    /**
     * x -> log Σ_i exp((W x + b)_i), same layout as {@link #AFFINE}; scalar-valued. Its third
     * derivatives do not vanish, so one-sided and centred differences give visibly different answers.
     */
    public static final String LOG_SUM_EXP = "log-sum-exp";
    /** x -> Wᵀ softmax(W x + b), the gradient of {@link #LOG_SUM_EXP} with the same parameters. */
    public static final String LOG_SUM_EXP_GRADIENT = "log-sum-exp-gradient";

    /** Shifted by the largest entry, so large logits neither overflow nor lose the answer. */
    private static double logSumExp(Value.Fn fn, double[] x) {
        double[] z = affine(fn, x);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (double v : z) sum += Math.exp(v - max);
        return max + Math.log(sum);
    }

    private static double[] logSumExpGradient(Value.Fn fn, double[] x) {
        int m = fn.dims()[0], n = fn.dims()[1];
        double[] z = affine(fn, x);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (int i = 0; i < m; i++) { z[i] = Math.exp(z[i] - max); sum += z[i]; }
        double[] p = fn.params();
        double[] g = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) g[j] += p[i * n + j] * z[i] / sum;
        }
        return g;
    }

    // ---- end of the non-quadratic losses ----

    private static void requireLength(double[] x, int n) {
        if (x == null) throw new IllegalArgumentException("the function was called with null");
        if (x.length != n) {
            throw new IllegalArgumentException("the function takes a vector of length " + n + ", got length " + x.length);
        }
    }
}

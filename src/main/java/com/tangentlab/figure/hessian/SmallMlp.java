package com.tangentlab.figure.hessian;

import com.tangentlab.figure.calc.Gaussians;
import java.util.SplittableRandom;

/**
 * The notebook's 8–15–1 ReLU network with a logistic loss on 50 random points, its parameters in
 * one vector (W₁ row by row, b₁, W₂, b₂), and the loss's gradient by backpropagation.
 */
final class SmallMlp {
    static final int INPUTS = 8;
    static final int HIDDEN = 15;
    static final int SAMPLES = 50;
    static final int PARAMETERS = INPUTS * HIDDEN + HIDDEN + HIDDEN + 1;
    private static final int B1 = INPUTS * HIDDEN;
    private static final int W2 = B1 + HIDDEN;
    private static final int B2 = W2 + HIDDEN;
    /** The notebook's scale of the random initial parameters. */
    static final double INIT_SCALE = 0.3;
    private static final long SEED = 42;

    final double[][] inputs;
    final double[] labels;

    private SmallMlp(double[][] inputs, double[] labels) {
        this.inputs = inputs;
        this.labels = labels;
    }

    /** The data set and a starting point, both from one fixed seed. */
    static SmallMlp drawn() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = Gaussians.matrix(random, SAMPLES, INPUTS, 1);
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) y[i] = random.nextGaussian() > 0 ? 1 : 0;
        return new SmallMlp(x, y);
    }

    static double[] initialParameters() {
        return Gaussians.vector(new SplittableRandom(SEED + 1), PARAMETERS);
    }

    static double[] scaledInitialParameters() {
        double[] p = initialParameters();
        for (int i = 0; i < p.length; i++) p[i] *= INIT_SCALE;
        return p;
    }

    /** Mean of log(1 + e^s) − y s over the samples, s the network's output (a logit). */
    double loss(double[] p) {
        double total = 0;
        for (int n = 0; n < SAMPLES; n++) {
            double s = output(p, inputs[n], new double[HIDDEN]);
            total += softplus(s) - labels[n] * s;
        }
        return total / SAMPLES;
    }

    double[] gradient(double[] p) {
        double[] g = new double[PARAMETERS];
        double[] hidden = new double[HIDDEN];
        for (int n = 0; n < SAMPLES; n++) {
            double[] x = inputs[n];
            double s = output(p, x, hidden);
            double ds = (sigmoid(s) - labels[n]) / SAMPLES;
            g[B2] += ds;
            for (int j = 0; j < HIDDEN; j++) {
                g[W2 + j] += ds * hidden[j];
                if (hidden[j] <= 0) continue;
                double dz = ds * p[W2 + j];
                g[B1 + j] += dz;
                for (int i = 0; i < INPUTS; i++) g[j * INPUTS + i] += dz * x[i];
            }
        }
        return g;
    }

    /** The logit for input x; fills {@code hidden} with the ReLU activations on the way. */
    private static double output(double[] p, double[] x, double[] hidden) {
        double s = p[B2];
        for (int j = 0; j < HIDDEN; j++) {
            double z = p[B1 + j];
            for (int i = 0; i < INPUTS; i++) z += p[j * INPUTS + i] * x[i];
            hidden[j] = Math.max(0, z);
            s += p[W2 + j] * hidden[j];
        }
        return s;
    }

    private static double softplus(double s) {
        return s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
    }

    private static double sigmoid(double s) {
        return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
    }
}

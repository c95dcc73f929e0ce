package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import com.tangentlab.figure.calc.Verdicts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Section 10: the eigenvalues of the loss Hessian of a small MLP after some gradient-descent steps
 * towards a fit: a few large outliers over a bulk near zero, and some negative eigenvalues.
 */
public final class HessianSpectrum implements Figure {
    /** Differences of the exact gradient: truncation h² and rounding 1e-16/h both stay near 1e-10. */
    static final double STEP = 1e-5;
    /** The Hessian's two halves come from different differences; they agree to the FD error, far below this. */
    static final double SYMMETRY_TOLERANCE = 1e-6;
    /** Eigenvalues within this fraction of λmax count as zero: well above the FD noise, far below the bulk. */
    static final double NEAR_ZERO = 1e-4;
    /** Stable for this loss: λmax stays below 2/η = 4 along the way. */
    static final double LEARNING_RATE = 0.5;

    static final int MAX_STEPS = 1000;
    static final int STEPS_APART = 100;

    private final SmallMlp network = SmallMlp.drawn();
    /** The parameters every STEPS_APART steps of one training run, made on the first request. */
    private List<double[]> snapshots;
    /** The spectrum costs a 241 × 241 eigen-decomposition: each slider position is computed once. */
    private final Map<Integer, Plot> computed = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "hessian-spectrum";
    }

    @Override
    public String title() {
        return "The Hessian spectrum of a small network";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("steps", "gradient-descent steps before the Hessian", 0, MAX_STEPS, STEPS_APART,
                500));
    }

    @Override
    public Plot compute(Values values) {
        return computed.computeIfAbsent(values.integer("steps"), this::spectrum);
    }

    /** The parameters after {@code steps} (a multiple of STEPS_APART) full-batch gradient-descent steps. */
    synchronized double[] trained(int steps) {
        if (snapshots == null) {
            snapshots = new ArrayList<>();
            double[] p = SmallMlp.scaledInitialParameters();
            for (int t = 0; t <= MAX_STEPS; t++) {
                if (t % STEPS_APART == 0) snapshots.add(p.clone());
                double[] g = network.gradient(p);
                for (int i = 0; i < p.length; i++) p[i] -= LEARNING_RATE * g[i];
            }
        }
        return snapshots.get(steps / STEPS_APART).clone();
    }

    /** The Hessian as the Jacobian of the exact gradient, with its asymmetry before symmetrising. */
    record Curvature(double[][] hessian, double asymmetry, double[] eigenvalues) {}

    Curvature curvature(double[] p) {
        double[][] h = FiniteDifferences.jacobian(network::gradient, p, STEP);
        double asymmetry = Matrices.maxAbsDifference(h, Matrices.transpose(h));
        return new Curvature(h, asymmetry, Matrices.symmetricEigen(h).values());
    }

    private Plot spectrum(int steps) {
        double[] p = trained(steps);
        Curvature c = curvature(p);
        double[] ascending = c.eigenvalues();
        int n = ascending.length;
        double max = ascending[n - 1];
        double min = ascending[0];
        double zero = NEAR_ZERO * max;
        long negative = Arrays.stream(ascending).filter(v -> v < -zero).count();
        long nearZero = Arrays.stream(ascending).filter(v -> Math.abs(v) <= zero).count();

        double[] index = new double[n];
        double[] sorted = new double[n];
        for (int k = 0; k < n; k++) {
            index[k] = k + 1;
            sorted[k] = ascending[n - 1 - k];
        }
        Plot.Chart bars = new Plot.Chart("Eigenvalues, largest first", Plot.Axis.linear("index"),
                Plot.Axis.linear("eigenvalue"), List.of(Plots.series("eigenvalue", Plot.Style.BAR, index, sorted)));
        Plot.Chart magnitudes = new Plot.Chart("Their sizes on a log scale: outliers over a bulk",
                Plot.Axis.linear("index"), Plot.Axis.logarithmic("|eigenvalue|"), Stream.of(
                        magnitudes("λ > 0", sorted, 1), magnitudes("λ < 0 (|λ| drawn)", sorted, -1))
                .filter(s -> !s.points().isEmpty()).toList());
        Plot.Table table = new Plot.Table("Spectrum after " + steps + " steps", List.of("quantity", "value"), List.of(
                List.of("parameters (size of H)", Integer.toString(n)),
                List.of("loss", Numbers.fixed(network.loss(p), 4)),
                List.of("λmax", Numbers.fixed(max, 4)),
                List.of("λmin", Numbers.fixed(min, 4)),
                List.of("largest stable GD rate 2/λmax", Numbers.fixed(2 / max, 4)),
                List.of("negative eigenvalues (below −" + Numbers.sci(zero) + ")", Long.toString(negative)),
                List.of("near-zero eigenvalues (|λ| ≤ " + Numbers.sci(zero) + ")", Long.toString(nearZero))));
        Plot.Checks checks = new Plot.Checks("Check", List.of(Verdicts.within(
                "the finite-difference Hessian is symmetric", "max |H − Hᵀ|", c.asymmetry(), SYMMETRY_TOLERANCE)));
        return Plots.of(this, "A " + SmallMlp.INPUTS + "–" + SmallMlp.HIDDEN + "–1 ReLU network with a logistic loss on "
                + SmallMlp.SAMPLES + " random points, trained for " + steps + " gradient-descent steps (η = "
                + LEARNING_RATE + "). Its " + n + " × " + n + " Hessian comes from finite differences of the"
                + " backpropagated gradient; most eigenvalues crowd near zero, a few stand out.",
                bars, magnitudes, table, checks);
    }

    /** |λ| at its index in the sorted list, for the eigenvalues of one sign (a log axis cannot show 0). */
    private static Plot.Series magnitudes(String name, double[] sorted, int sign) {
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < sorted.length; k++) {
            if (Math.signum(sorted[k]) == sign) points.add(new double[] {k + 1, Math.abs(sorted[k])});
        }
        return new Plot.Series(name, Plot.Style.SCATTER, points);
    }
}

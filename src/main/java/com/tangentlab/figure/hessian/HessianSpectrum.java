package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Fact;
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
 * Section 10: the eigenvalues of the loss Hessian of the notebook's small MLP at its random
 * starting parameters (or after some gradient-descent steps towards a fit, from the slider): a
 * few large outliers over a bulk near zero, and some negative eigenvalues.
 */
public final class HessianSpectrum implements Figure {
    /** Differences of the exact gradient: truncation h² and rounding 1e-16/h both stay near 1e-10. */
    static final double STEP = 1e-5;
    /** The Hessian's two halves come from different differences; they agree to the FD error, far below this. */
    static final double SYMMETRY_TOLERANCE = 1e-6;
    /** Eigenvalues within this fraction of λmax count as zero: well above the FD noise, far below the bulk. */
    static final double NEAR_ZERO = 1e-4;
    /** Stable for this loss: λmax stays below 1.2, well under 2/η = 4, at every snapshot up to MAX_STEPS. */
    static final double LEARNING_RATE = 0.5;
    /**
     * Beyond 500 steps the differenced Hessian shows spikes (λmax between 20 and 74 at 600, 700,
     * 800 and 1000 steps, while the loss falls smoothly and a λmax above 2/η would make it grow):
     * pre-activations within the difference step of their ReLU kink, where the gradient jumps.
     * The slider stops before them.
     */
    static final int MAX_STEPS = 500;
    static final int STEPS_APART = 100;
    /** The notebook looks at the untrained network, where the residual term's negative eigenvalues are largest. */
    static final int DEFAULT_STEPS = 0;

    private final SmallMlp network = SmallMlp.drawn();
    /** The parameters every STEPS_APART steps of one training run, made on the first request. */
    private List<double[]> snapshots;
    /** The spectrum costs a 151 × 151 eigen-decomposition: each slider position is computed once. */
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
                DEFAULT_STEPS));
    }

    @Override
    public List<Fact> facts() {
        return Stream.concat(settingFacts().stream(), spectrumFacts().stream()).toList();
    }

    private static List<Fact> settingFacts() {
        return List.of(Fact.of("inputs", SmallMlp.INPUTS), Fact.of("hidden", SmallMlp.HIDDEN),
                Fact.of("samples", SmallMlp.SAMPLES), Fact.of("parameters", SmallMlp.PARAMETERS),
                Fact.of("firstLayerWeights", SmallMlp.INPUTS * SmallMlp.HIDDEN),
                // G is a sum of one rank-one term per sample, so at least this many of its eigenvalues vanish.
                Fact.of("gaussNewtonZeros", SmallMlp.PARAMETERS - SmallMlp.SAMPLES),
                Fact.of("initScale", SmallMlp.INIT_SCALE), Fact.of("learningRate", LEARNING_RATE),
                Fact.of("maxSteps", MAX_STEPS), Fact.of("nearZeroFraction", NEAR_ZERO));
    }

    /** What the spectrum at the default step count shows, for the page to name. */
    List<Fact> spectrumFacts() {
        double[] ascending = curvature(trained(DEFAULT_STEPS)).eigenvalues();
        double max = ascending[ascending.length - 1];
        double zero = NEAR_ZERO * max;
        return List.of(Fact.of("lambdaMax", max), Fact.of("lambdaMin", ascending[0]),
                Fact.of("negative", Arrays.stream(ascending).filter(v -> v < -zero).count()),
                Fact.of("nearZero", Arrays.stream(ascending).filter(v -> Math.abs(v) <= zero).count()),
                Fact.of("aboveTenthOfMax", Arrays.stream(ascending).filter(v -> v > max / 10).count()));
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
        String heading = steps == 0 ? "Spectrum, untrained" : "Spectrum after " + steps + " steps";
        Plot.Table table = new Plot.Table(heading, List.of("quantity", "value"), List.of(
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
                + SmallMlp.SAMPLES + " random points, " + when(steps) + ". Its " + n + " × " + n + " Hessian comes"
                + " from finite differences of the backpropagated gradient; most eigenvalues crowd near zero, a few"
                + " stand out.", bars, magnitudes, table, checks);
    }

    private static String when(int steps) {
        String start = "its random Gaussian parameters scaled by " + SmallMlp.INIT_SCALE;
        return steps == 0 ? "at " + start + ", untrained" : "trained from " + start + " for " + steps
                + " gradient-descent steps (η = " + LEARNING_RATE + ")";
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

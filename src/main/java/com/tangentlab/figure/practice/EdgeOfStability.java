package com.tangentlab.figure.practice;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Series;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Section 12: gradient descent on least squares converges below η = 2/λmax and diverges above it. */
public final class EdgeOfStability implements Figure {
    static final int SAMPLES = 30;
    static final int FEATURES = 10;
    static final int STEPS = 200;
    static final double[] MULTIPLES = {0.5, 0.9, 0.99, 1.01, 1.1};
    /** The notebook's stable and unstable rates, as multiples of 2/λmax. */
    static final double SETTLING_MULTIPLE = 0.9;
    static final double DIVERGING_MULTIPLE = 1.1;
    /** As in the notebook, losses above this are drawn at it so that diverging curves stay on the chart. */
    static final double CLIP = 1e6;
    /** The notebook's bar at 0.9 × 2/λmax: the loss settles near its noise floor (about 3e-3), far below this. */
    static final double SETTLED = 0.1;
    /** The notebook's bar at 1.1 × 2/λmax: the top mode has grown by 1.2^400 by then, far above this. */
    static final double DIVERGED = 1e3;
    /** Two multiples closer than this are the same rate. */
    private static final double SAME_MULTIPLE = 1e-9;
    private static final long SEED = 1201;
    private static final SimpleMatrix X;
    private static final SimpleMatrix X_TRANSPOSED;
    private static final double[] Y;

    static {
        SplittableRandom random = new SplittableRandom(SEED);
        X = Linear.gaussian(random, SAMPLES, FEATURES, 1);
        double[] trueWeights = Linear.gaussian(random, FEATURES, 1);
        Y = Linear.plus(Linear.times(X, trueWeights), 1, Linear.gaussian(random, SAMPLES, 0.1));
        X_TRANSPOSED = X.transpose();
    }

    @Override
    public String id() {
        return "edge-of-stability";
    }

    @Override
    public String title() {
        return "Gradient descent at the edge of stability";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("multiple", "chosen step η as a multiple of 2/λmax", 0.5, 1.2, 0.01, 1.0));
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("samples", SAMPLES), Fact.of("features", FEATURES), Fact.of("steps", STEPS),
                Fact.of("settlingMultiple", SETTLING_MULTIPLE), Fact.of("divergingMultiple", DIVERGING_MULTIPLE));
    }

    /** λmax of the Hessian (1/m) XᵀX of the loss ½ mean((Xw − y)²). */
    static double lambdaMax() {
        return Linear.largestEigenvalue(X.transpose().mult(X).divide(SAMPLES));
    }

    static double loss(double[] w) {
        double[] r = Linear.plus(Linear.times(X, w), -1, Y);
        return 0.5 * Linear.dot(r, r) / SAMPLES;
    }

    private static double[] gradient(double[] w) {
        double[] r = Linear.plus(Linear.times(X, w), -1, Y);
        return Linear.scaled(Linear.times(X_TRANSPOSED, r), 1.0 / SAMPLES);
    }

    /** The loss at w = 0 and after each of {@link #STEPS} steps of size {@code eta}, clipped at {@link #CLIP}. */
    static double[] losses(double eta) {
        double[] out = new double[STEPS + 1];
        double[] w = new double[FEATURES];
        out[0] = Math.min(loss(w), CLIP);
        for (int k = 1; k <= STEPS; k++) {
            w = Linear.plus(w, -eta, gradient(w));
            out[k] = Math.min(loss(w), CLIP);
        }
        return out;
    }

    @Override
    public Plot compute(Values values) {
        double lambda = lambdaMax();
        double bound = 2 / lambda;
        double chosen = values.get("multiple");
        List<Series> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean orderedByBound = true;
        double settledLoss = losses(SETTLING_MULTIPLE * bound)[STEPS];
        double divergedLoss = losses(DIVERGING_MULTIPLE * bound)[STEPS];
        for (double multiple : MULTIPLES) {
            double[] curve = losses(multiple * bound);
            orderedByBound &= (multiple < 1) == (curve[STEPS] < curve[0]);
            if (Math.abs(multiple - chosen) > SAME_MULTIPLE) {
                series.add(Draw.forLogY(Draw.indexed(label(multiple), Style.LINE, curve)));
                rows.add(row(multiple, bound, curve));
            }
        }
        double[] chosenCurve = losses(chosen * bound);
        series.add(Draw.forLogY(Draw.indexed(label(chosen) + " (chosen)", Style.DASHED, chosenCurve)));
        rows.add(row(chosen, bound, chosenCurve));
        String caption = "Full-batch gradient descent from w = 0 on ½ mean((Xw − y)²) with X 30 × 10, whose Hessian "
                + "XᵀX/30 has λmax = " + Numbers.fixed(lambda, 4) + ", so 2/λmax = " + Numbers.fixed(bound, 5)
                + ". Below that step the loss falls; above it the top eigen-direction grows by |1 − ηλmax| > 1 "
                + "per step. Losses are clipped at 10⁶.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Chart("loss against step", Axis.linear("step"), Axis.logarithmic("loss (log scale)"), series),
                new Table("after " + STEPS + " steps",
                        List.of("η / (2/λmax)", "η", "loss at start", "final loss", "behaviour"), rows),
                new Checks("checks", List.of(
                        new Check(Numbers.fixed(SETTLING_MULTIPLE, 1) + " × 2/λmax settles", settledLoss < SETTLED,
                                "final loss " + Numbers.sci(settledLoss) + " < " + SETTLED),
                        new Check(Numbers.fixed(DIVERGING_MULTIPLE, 1) + " × 2/λmax diverges", divergedLoss > DIVERGED,
                                "final loss " + Numbers.sci(divergedLoss) + " > " + Numbers.sci(DIVERGED)),
                        new Check("every loss falls below the bound and grows above it", orderedByBound,
                                "multiples " + Numbers.vector(MULTIPLES, 2) + " compared at step " + STEPS)))));
    }

    private static String label(double multiple) {
        return "η = " + Numbers.fixed(multiple, 2) + " × 2/λmax";
    }

    private static List<String> row(double multiple, double bound, double[] curve) {
        double last = curve[STEPS];
        String behaviour = last >= CLIP ? "diverges (clipped)" : last < curve[0] ? "falls" : "grows";
        return List.of(Numbers.fixed(multiple, 2), Numbers.fixed(multiple * bound, 5), Numbers.sci(curve[0]),
                Numbers.sci(last), behaviour);
    }
}

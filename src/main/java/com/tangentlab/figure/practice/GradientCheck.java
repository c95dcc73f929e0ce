package com.tangentlab.figure.practice;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Section 16: a gradient checked against centred differences, a sign bug caught, and a two-evaluation check. */
public final class GradientCheck implements Figure {
    static final int SAMPLES = 20;
    static final int WEIGHTS = 8;
    /** The usual pass mark for the relative error of a smooth loss's gradient in double precision. */
    static final double CORRECT_BELOW = 1e-5;
    /** The usual mark of a wrong gradient: a tenth of the gradient's own size is no rounding error. */
    static final double BUG_ABOVE = 0.1;
    /** The notebook's bar for the directional derivative from two evaluations. */
    static final double DIRECTIONAL_TOLERANCE = 1e-7;
    /** Keeps the relative error defined when both gradients vanish. */
    private static final double GUARD = 1e-15;
    private static final long SEED = 1601;
    /** The chart's steps: h = 10^-10, 10^-9.5, …, 10^-1. */
    private static final double CHART_FROM = -10;
    private static final double CHART_STRIDE = 0.5;
    private static final int CHART_STEPS = 19;
    private static final SimpleMatrix X;
    private static final double[] Y;
    static final double[] W;
    static final double[] DIRECTION;

    static {
        SplittableRandom random = new SplittableRandom(SEED);
        X = Linear.gaussian(random, SAMPLES, WEIGHTS, 1);
        Y = Linear.gaussian(random, SAMPLES, 1);
        W = Linear.gaussian(random, WEIGHTS, 1);
        DIRECTION = Linear.unitGaussian(random, WEIGHTS);
    }

    @Override
    public String id() {
        return "gradient-check";
    }

    @Override
    public String title() {
        return "Gradient checking";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("log10h", "difference step log₁₀ h", -10, -1, 0.5, -5));
    }

    /** ½ mean((Xw − y)²). */
    static double loss(double[] w) {
        double[] r = Linear.plus(Linear.times(X, w), -1, Y);
        return 0.5 * Linear.dot(r, r) / SAMPLES;
    }

    /** Xᵀ(Xw − y)/m. */
    static double[] gradient(double[] w) {
        double[] r = Linear.plus(Linear.times(X, w), -1, Y);
        return Linear.scaled(Linear.times(X.transpose(), r), 1.0 / SAMPLES);
    }

    /** The same with its sign flipped, the bug the check should catch. */
    static double[] signBugGradient(double[] w) {
        return Linear.scaled(gradient(w), -1);
    }

    /** ‖a − b‖ / (‖a‖ + ‖b‖): scale-free, 0 for agreement and 1 for opposite vectors. */
    static double relativeError(double[] a, double[] b) {
        return Linear.norm(Linear.plus(a, -1, b)) / (Linear.norm(a) + Linear.norm(b) + GUARD);
    }

    static double directionalByDifferences(double h) {
        return (loss(Linear.plus(W, h, DIRECTION)) - loss(Linear.plus(W, -h, DIRECTION))) / (2 * h);
    }

    @Override
    public Plot compute(Values values) {
        double h = Math.pow(10, values.get("log10h"));
        double[] numeric = FiniteDifferences.gradient(GradientCheck::loss, W, h);
        double correct = relativeError(gradient(W), numeric);
        double bug = relativeError(signBugGradient(W), numeric);
        double fd = directionalByDifferences(h);
        double exact = Linear.dot(gradient(W), DIRECTION);
        double directionalGap = Math.abs(fd - exact);
        String caption = "The MSE gradient of a linear model with 8 weights is compared with centred differences "
                + "(16 loss evaluations) by ‖g − g_fd‖ / (‖g‖ + ‖g_fd‖). A correct gradient lands far below "
                + "1e-5, a sign bug at 1; a random direction needs only 2 evaluations. Too small an h lets "
                + "rounding in the loss take over.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Table("at h = " + Numbers.sci(h), List.of("check", "value", "mark", "verdict"), List.of(
                        List.of("relative error, correct gradient", Numbers.sci(correct), "< " + Numbers.sci(CORRECT_BELOW),
                                correct < CORRECT_BELOW ? "correct" : "suspect"),
                        List.of("relative error, sign bug", Numbers.sci(bug), "> " + BUG_ABOVE,
                                bug > BUG_ABOVE ? "bug caught" : "missed"),
                        List.of("directional derivative, 2 evaluations", Numbers.fixed(fd, 8),
                                "analytic " + Numbers.fixed(exact, 8), "gap " + Numbers.sci(directionalGap)))),
                errorChart(h, correct, bug),
                new Checks("checks", List.of(
                        new Check("the correct gradient passes", correct < CORRECT_BELOW,
                                "relative error " + Numbers.sci(correct) + " < " + Numbers.sci(CORRECT_BELOW)),
                        new Check("the sign bug is caught", bug > BUG_ABOVE,
                                "relative error " + Numbers.sci(bug) + " > " + BUG_ABOVE),
                        new Check("the directional check agrees with 2 evaluations",
                                directionalGap < DIRECTIONAL_TOLERANCE,
                                "|FD − ∇f·v| = " + Numbers.sci(directionalGap) + " < "
                                        + Numbers.sci(DIRECTIONAL_TOLERANCE))))));
    }

    private static Chart errorChart(double h, double correctAtH, double bugAtH) {
        int n = CHART_STEPS;
        double[] hs = new double[n];
        double[] correct = new double[n];
        double[] bug = new double[n];
        for (int k = 0; k < n; k++) {
            hs[k] = Math.pow(10, CHART_FROM + CHART_STRIDE * k);
            double[] numeric = FiniteDifferences.gradient(GradientCheck::loss, W, hs[k]);
            correct[k] = relativeError(gradient(W), numeric);
            bug[k] = relativeError(signBugGradient(W), numeric);
        }
        return new Chart("relative error against the step h", Axis.logarithmic("step h"),
                Axis.logarithmic("relative error"), List.of(
                        Draw.forLogAxes(Plots.series("correct gradient", Style.LINE, hs, correct)),
                        Draw.forLogAxes(Plots.series("sign bug", Style.LINE, hs, bug)),
                        Draw.forLogAxes(Plots.series("chosen h", Style.SCATTER, new double[] {h, h},
                                new double[] {correctAtH, bugAtH})),
                        Draw.level("pass mark 1e-5", CORRECT_BELOW, hs[0], hs[n - 1]),
                        Draw.level("bug mark 0.1", BUG_ABOVE, hs[0], hs[n - 1])));
    }
}

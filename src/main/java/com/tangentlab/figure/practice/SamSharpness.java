package com.tangentlab.figure.practice;

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
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.List;
import java.util.SplittableRandom;

/** Section 13: SAM's worst-case rise within radius ρ is ½ρ²λmax, a hundred times more at a sharp minimum. */
public final class SamSharpness implements Figure {
    /** 100x² + y², the notebook's sharp minimum. */
    static final Quadratic SHARP = Quadratic.diagonal(200, 2);
    /** x² + 0.01y², the notebook's flat minimum. */
    static final Quadratic FLAT = Quadratic.diagonal(2, 0.02);
    /** λmax of the sharp minimum over λmax of the flat one. */
    static final double CURVATURE_RATIO = 100;
    static final int ASCENT_STEPS = 10;
    /** Each ascent step shrinks the off-top component by λ₂/λ₁ = 0.01, so ten steps leave only rounding. */
    static final double ASCENT_TOLERANCE = 1e-8;
    /** A ratio of two values each within ASCENT_TOLERANCE (relative) is within twice that. */
    static final double RATIO_TOLERANCE = 2 * ASCENT_TOLERANCE;
    /** The gradient inside the ascent is differenced; on a quadratic only rounding, about 1e-11 here, remains. */
    private static final double STEP = 1e-5;
    private static final double CUT_HALF_WIDTH = 0.5;
    private static final int CUT_POINTS = 201;
    /** The notebook's view: the sharp curve leaves the window, as it should. */
    private static final double LOSS_SHOWN = 3.0;
    /** Room above the sharp worst case when a large ρ lifts it out of the notebook's window. */
    private static final double HEADROOM = 1.2;
    private static final long SEED = 1301;

    @Override
    public String id() {
        return "sam-sharpness";
    }

    @Override
    public String title() {
        return "Sharp and flat minima under SAM";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("rho", "SAM radius ρ", 0.01, 0.5, 0.01, 0.1));
    }

    /** ½ρ²λmax: the largest rise of ½εᵀHε over ‖ε‖ ≤ ρ, taken along the top eigenvector. */
    static double predictedRise(Quadratic q, double rho) {
        return 0.5 * rho * rho * q.largestEigenvalue();
    }

    /**
     * The rise found by SAM's own ascent from a random ε on the sphere: repeatedly step to
     * ε = ρ ∇f(x* + ε)/‖∇f(x* + ε)‖, the minimum x* being the origin.
     */
    static double ascentRise(Quadratic q, double rho) {
        double[] eps = Linear.scaled(Linear.unitGaussian(new SplittableRandom(SEED), 2), rho);
        for (int k = 0; k < ASCENT_STEPS; k++) {
            double[] g = FiniteDifferences.gradient(q::value, eps, STEP);
            eps = Linear.scaled(g, rho / Linear.norm(g));
        }
        return q.value(eps) - q.value(new double[2]);
    }

    @Override
    public Plot compute(Values values) {
        double rho = values.get("rho");
        double sharpRise = predictedRise(SHARP, rho);
        double flatRise = predictedRise(FLAT, rho);
        double sharpFound = ascentRise(SHARP, rho);
        double flatFound = ascentRise(FLAT, rho);
        String caption = "The cut y = 0 through the sharp minimum 100x² + y² and the flat minimum x² + 0.01y². "
                + "Within the SAM ball ‖ε‖ ≤ ρ the worst rise of a quadratic is ½ρ²λmax; SAM's ascent "
                + "ε ← ρ∇f/‖∇f‖ finds it, and the sharp minimum pays 100 times more, the ratio of the two λmax.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                cutChart(rho),
                new Table("curvature and SAM sharpness at ρ = " + Numbers.fixed(rho, 2),
                        List.of("minimum", "Hessian", "λmax", "2/λmax", "½ρ²λmax", "rise found by ascent"), List.of(
                                row("sharp", "diag(200, 2)", SHARP, sharpRise, sharpFound),
                                row("flat", "diag(2, 0.02)", FLAT, flatRise, flatFound))),
                new Checks("checks", List.of(
                        riseCheck("sharp", sharpRise, sharpFound),
                        riseCheck("flat", flatRise, flatFound),
                        new Check("the sharp minimum rises 100 times more",
                                Math.abs(sharpFound / flatFound / CURVATURE_RATIO - 1) < RATIO_TOLERANCE,
                                "ratio " + Numbers.fixed(sharpFound / flatFound, 6))))));
    }

    private static Check riseCheck(String which, double predicted, double found) {
        double relative = Math.abs(found - predicted) / predicted;
        return new Check(which + ": the ascent's worst rise equals ½ρ²λmax", relative < ASCENT_TOLERANCE,
                Numbers.fixed(found, 8) + " vs " + Numbers.fixed(predicted, 8) + ", relative gap " + Numbers.sci(relative));
    }

    private static List<String> row(String name, String hessian, Quadratic q, double predicted, double found) {
        double lambda = q.largestEigenvalue();
        return List.of(name, hessian, Numbers.fixed(lambda, 2), Numbers.fixed(2 / lambda, 5), Numbers.fixed(predicted, 6),
                Numbers.fixed(found, 6));
    }

    private static Chart cutChart(double rho) {
        double top = Math.max(LOSS_SHOWN, HEADROOM * predictedRise(SHARP, rho));
        double[] xs = new double[CUT_POINTS];
        double[] sharp = new double[CUT_POINTS];
        double[] flat = new double[CUT_POINTS];
        for (int k = 0; k < CUT_POINTS; k++) {
            xs[k] = -CUT_HALF_WIDTH + 2 * CUT_HALF_WIDTH * k / (CUT_POINTS - 1);
            sharp[k] = SHARP.value(new double[] {xs[k], 0});
            flat[k] = FLAT.value(new double[] {xs[k], 0});
        }
        List<Series> series = List.of(
                Plots.series("sharp, λmax = 200", Style.LINE, xs, sharp),
                Plots.series("flat, λmax = 2", Style.LINE, xs, flat),
                new Series("SAM neighbourhood |x| ≤ ρ", Style.SEGMENTS, List.of(
                        new double[] {-rho, 0}, new double[] {-rho, top},
                        new double[] {rho, 0}, new double[] {rho, top})),
                Plots.series("worst case at |x| = ρ", Style.SCATTER,
                        new double[] {-rho, rho, -rho, rho},
                        new double[] {predictedRise(SHARP, rho), predictedRise(SHARP, rho),
                            predictedRise(FLAT, rho), predictedRise(FLAT, rho)}));
        return new Chart("loss along the cut y = 0", Axis.linear("x"),
                new Axis("loss", false, 0.0, top), series);
    }
}

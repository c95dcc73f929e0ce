package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Section 9: the paths of gradient descent and Newton's method over the level sets of ½(x² + κy²). */
public final class NewtonVsGd implements Figure {
    /** x − H⁻¹∇f cancels exactly but for the rounding of 1/κ · κ: a few ulps of the start. */
    static final double NEWTON_EXACT = 1e-15;
    /** Half-widths along x of the level sets drawn, so that they fill the window whatever κ is. */
    static final double[] LEVEL_HALF_WIDTHS = {1.25, 1, 0.75, 0.5, 0.3, 0.15, 0.05};
    static final int ELLIPSE_POINTS = 120;
    /** The window around the start (1, 1) and the minimum, its ends on the axes' own ticks so no two labels crowd. */
    static final double X_MIN = -0.2;
    static final double X_MAX = 1.2;
    static final double Y_HALF = 1.5;

    @Override
    public String id() {
        return "newton-vs-gd";
    }

    @Override
    public String title() {
        return "Newton against gradient descent";
    }

    @Override
    public List<Parameter> parameters() {
        return Descent.parameters();
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("eta", Descent.atDefaults().eta()), Fact.of("steps", Descent.GD_STEPS));
    }

    @Override
    public Plot compute(Values values) {
        Descent run = Descent.run(values);
        double[] newtonEnd = run.newton().get(1);
        double newtonMiss = Math.max(Math.abs(newtonEnd[0]), Math.abs(newtonEnd[1]));
        double contraction = run.contraction();
        double[] gdEnd = run.gd().get(Descent.GD_STEPS);
        Plot.Chart chart = new Plot.Chart("f(x, y) = ½(x² + κy²), κ = " + Numbers.fixed(run.kappa(), 0),
                new Plot.Axis("x", false, X_MIN, X_MAX), new Plot.Axis("y", false, -Y_HALF, Y_HALF), List.of(
                        new Plot.Series("level sets of f", Plot.Style.SEGMENTS, ellipses(run)),
                        new Plot.Series(run.gdName(), Plot.Style.LINE, run.gd()),
                        new Plot.Series("Newton (1 step)", Plot.Style.LINE, run.newton()),
                        Plots.point("start (1, 1)", 1, 1),
                        Plots.point("minimum (0, 0)", 0, 0)));
        Plot.Checks checks = new Plot.Checks("Checks", List.of(
                new Plot.Check("Newton lands on the minimum in one step", newtonMiss <= NEWTON_EXACT,
                        "after one step: " + Numbers.vector(newtonEnd, 3) + ", max |coordinate| = "
                                + Numbers.sci(newtonMiss)),
                new Plot.Check("gradient descent contracts at this rate", contraction < 1,
                        "max |1 − ηλ| = " + Numbers.fixed(contraction, 4) + " (must be below 1); f after "
                                + Descent.GD_STEPS + " steps = " + Numbers.sci(run.f(gdEnd)))));
        return Plots.of(this, "Gradient descent must keep η below 2/λmax = 2/κ for the steep y direction, which"
                + " leaves the shallow x direction shrinking by only |1 − η| per step; Newton's step −H⁻¹∇f rescales"
                + " each direction by its own curvature and jumps to the minimum of a quadratic at once.",
                chart, checks);
    }

    /** Ellipses f = c through the start and inside the window, traced as segments. */
    private static List<double[]> ellipses(Descent run) {
        List<double[]> pieces = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        levels.add(run.f(Descent.START));
        for (double halfWidth : LEVEL_HALF_WIDTHS) levels.add(0.5 * halfWidth * halfWidth);
        for (double c : levels) {
            double a = Math.sqrt(2 * c);
            double b = Math.sqrt(2 * c / run.kappa());
            for (int i = 0; i < ELLIPSE_POINTS; i++) {
                double t0 = 2 * Math.PI * i / ELLIPSE_POINTS;
                double t1 = 2 * Math.PI * (i + 1) / ELLIPSE_POINTS;
                pieces.add(new double[] {a * Math.cos(t0), b * Math.sin(t0)});
                pieces.add(new double[] {a * Math.cos(t1), b * Math.sin(t1)});
            }
        }
        return pieces;
    }
}

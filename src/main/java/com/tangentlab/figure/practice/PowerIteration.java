package com.tangentlab.figure.practice;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Section 21: λmax of a Hessian by power iteration, each step one HVP from two differenced gradients. */
public final class PowerIteration implements Figure {
    static final Quadratic DIAGONAL = Quadratic.diagonal(1, 3, 5, 8, 10);
    static final int RANDOM_SIZE = 15;
    /** The notebook's step for the differenced gradients. */
    static final double STEP = 1e-4;
    /** The notebook's bar on the final estimate. */
    static final double TOLERANCE = 0.01;
    private static final long SEED = 2101;
    static final Quadratic RANDOM_SPD;

    static {
        SimpleMatrix a = Linear.gaussian(new SplittableRandom(SEED), RANDOM_SIZE, RANDOM_SIZE, 1);
        RANDOM_SPD = new Quadratic(a.transpose().mult(a).plus(SimpleMatrix.identity(RANDOM_SIZE)));
    }

    @Override
    public String id() {
        return "power-iteration";
    }

    @Override
    public String title() {
        return "Power iteration for λmax with Hessian-vector products";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("iterations", "iterations", 1, 100, 1, 40));
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("size", RANDOM_SIZE));
    }

    /** The Rayleigh quotient after each step, from a seeded random start, at the origin. */
    static double[] estimates(Quadratic q, int iterations) {
        int n = q.hessian().getNumRows();
        double[] start = Linear.unitGaussian(new SplittableRandom(SEED + n), n);
        return Curvature.powerIteration(q::value, new double[n], start, iterations, STEP);
    }

    @Override
    public Plot compute(Values values) {
        int iterations = values.integer("iterations");
        List<Case> cases = List.of(
                new Case("diag(1, 3, 5, 8, 10)", DIAGONAL, iterations),
                new Case("random 15 × 15, AᵀA + I", RANDOM_SPD, iterations));
        List<Plot.Series> estimates = new ArrayList<>();
        List<Plot.Series> errors = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Case c : cases) {
            estimates.add(shifted(Draw.indexed(c.name(), Style.LINE, c.estimates())));
            estimates.add(Draw.level("true λmax of " + c.name(), c.truth(), 1, iterations));
            errors.add(Draw.forLogY(shifted(Draw.indexed(c.name(), Style.LINE, c.relativeErrors()))));
            rows.add(List.of(c.name(), Numbers.fixed(c.truth(), 6), Numbers.fixed(c.last(), 6), Numbers.sci(c.error()),
                    Numbers.fixed(2 / c.last(), 6)));
            checks.add(new Check(c.name() + ": estimate within " + TOLERANCE + " of λmax", c.error() < TOLERANCE,
                    "|" + Numbers.fixed(c.last(), 6) + " − " + Numbers.fixed(c.truth(), 6) + "| = " + Numbers.sci(c.error())));
        }
        String caption = "Each step applies the Hessian to v through two gradients at ±h v (never forming H), takes "
                + "the Rayleigh quotient vᵀHv as the estimate and renormalises. The error falls like "
                + "(λ₂/λ₁)^2k, and each step costs two gradients whatever the size of H.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Chart("estimate against iteration", Axis.linear("iteration"), Axis.linear("λmax estimate"),
                        estimates),
                new Chart("relative error against iteration", Axis.linear("iteration"),
                        Axis.logarithmic("|estimate − λmax| / λmax (log scale)"), errors),
                new Table("after " + iterations + " iterations",
                        List.of("Hessian", "true λmax", "estimate", "|error|", "2/estimate"), rows),
                new Checks("checks", checks)));
    }

    /** Iterations counted from 1, as a reader counts them. */
    private static Plot.Series shifted(Plot.Series s) {
        List<double[]> points = new ArrayList<>();
        for (double[] p : s.points()) points.add(new double[] {p[0] + 1, p[1]});
        return new Plot.Series(s.name(), s.style(), points);
    }

    private record Case(String name, double truth, double[] estimates) {
        Case(String name, Quadratic q, int iterations) {
            this(name, q.largestEigenvalue(), PowerIteration.estimates(q, iterations));
        }

        double last() {
            return estimates[estimates.length - 1];
        }

        double error() {
            return Math.abs(last() - truth);
        }

        double[] relativeErrors() {
            double[] out = new double[estimates.length];
            for (int k = 0; k < out.length; k++) out[k] = Math.abs(estimates[k] - truth) / truth;
            return out;
        }
    }
}

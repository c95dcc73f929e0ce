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
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Section 11: a Hessian-vector product from two gradients, checked against H v, and the step bound 2/λmax. */
public final class HvpCheck implements Figure {
    static final Quadratic QUADRATIC = Quadratic.diagonal(1, 3, 5, 8, 10);
    static final double TRUE_LAMBDA_MAX = 10;
    /** The Hessian of a quadratic is the same everywhere; away from 0 the rounding of f shows as h shrinks. */
    static final double[] POINT = {1, 1, 1, 1, 1};
    static final double[] DIRECTION = {1, 0, 1, 0, 1};
    static final int POWER_STEPS = 20;
    /** The notebook's bar: with h = 1e-4 nested centred differences on this quadratic agree to about 1e-7. */
    static final double HVP_TOLERANCE = 1e-5;
    /** The notebook's bar after twenty steps, whose error shrinks like (8/10)^2k to about 1e-4 of its start. */
    static final double LAMBDA_TOLERANCE = 0.01;
    private static final double[] CHART_EXPONENTS = {-8, -7.5, -7, -6.5, -6, -5.5, -5, -4.5, -4, -3.5, -3, -2.5, -2,
        -1.5, -1};

    @Override
    public String id() {
        return "hvp-check";
    }

    @Override
    public String title() {
        return "Hessian-vector products from two gradients";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("log10h", "difference step log₁₀ h", -7, -1, 0.5, -4));
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("diagonal", Linear.entries(QUADRATIC.hessian().diag())), Fact.of("direction", DIRECTION));
    }

    /** H v by centred differences of a differenced gradient. */
    static double[] differencedProduct(double h) {
        return FiniteDifferences.hessianTimes(QUADRATIC::value, POINT, DIRECTION, h);
    }

    /**
     * λmax of the quadratic's Hessian after {@link #POWER_STEPS} power steps, each one
     * differenced HVP, from (1, …, 1)/√5, which weighs every eigenvector equally.
     */
    static double powerEstimate(double h) {
        double[] start = Linear.scaled(new double[] {1, 1, 1, 1, 1}, 1 / Math.sqrt(5));
        double[] estimates = Curvature.powerIteration(QUADRATIC::value, POINT, start, POWER_STEPS, h);
        return estimates[estimates.length - 1];
    }

    @Override
    public Plot compute(Values values) {
        double h = Math.pow(10, values.get("log10h"));
        double[] differenced = differencedProduct(h);
        double[] direct = QUADRATIC.times(DIRECTION);
        double lambda = powerEstimate(h);
        double gap = Linear.maxAbsDifference(differenced, direct);
        String caption = "On f = ½ xᵀ diag(1, 3, 5, 8, 10) x at x = (1, …, 1), H v is taken from two gradients at "
                + "x ± h v, each gradient itself by centred differences; power iteration on these products finds "
                + "λmax and with it the largest stable gradient-descent step 2/λmax. Too small an h lets rounding win.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                productTable(differenced, direct, h),
                boundTable(lambda),
                errorChart(h, gap),
                new Checks("checks", List.of(
                        new Check("differenced gradients give H v", gap < HVP_TOLERANCE,
                                "max |HVP − H v| = " + Numbers.sci(gap) + " (bar " + Numbers.sci(HVP_TOLERANCE) + ")"),
                        new Check("power iteration on HVPs finds λmax = 10",
                                Math.abs(lambda - TRUE_LAMBDA_MAX) < LAMBDA_TOLERANCE,
                                "estimate " + Numbers.fixed(lambda, 6) + " after " + POWER_STEPS + " steps (bar "
                                        + LAMBDA_TOLERANCE + ")")))));
    }

    private static Table productTable(double[] differenced, double[] direct, double h) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < direct.length; i++) {
            rows.add(List.of(String.valueOf(i + 1), Numbers.fixed(differenced[i], 6), Numbers.fixed(direct[i], 6),
                    Numbers.sci(Math.abs(differenced[i] - direct[i]))));
        }
        return new Table("H v at x = (1, 1, 1, 1, 1), v = (1, 0, 1, 0, 1), h = " + Numbers.sci(h),
                List.of("i", "from gradients", "H v", "|difference|"), rows);
    }

    private static Table boundTable(double lambda) {
        return new Table("the learning-rate bound", List.of("quantity", "value"), List.of(
                List.of("λmax by power iteration (" + POWER_STEPS + " HVPs)", Numbers.fixed(lambda, 6)),
                List.of("true λmax", Numbers.fixed(TRUE_LAMBDA_MAX, 6)),
                List.of("largest stable step 2/λmax", Numbers.fixed(2 / lambda, 4))));
    }

    private static Chart errorChart(double h, double gap) {
        double[] steps = new double[CHART_EXPONENTS.length];
        double[] errors = new double[CHART_EXPONENTS.length];
        double[] direct = QUADRATIC.times(DIRECTION);
        for (int k = 0; k < steps.length; k++) {
            steps[k] = Math.pow(10, CHART_EXPONENTS[k]);
            errors[k] = Linear.maxAbsDifference(differencedProduct(steps[k]), direct);
        }
        return new Chart("error of the differenced HVP against the step",
                Axis.logarithmic("step h"), Axis.logarithmic("max |HVP − H v|"), List.of(
                        Draw.forLogAxes(Plots.series("error", Style.LINE, steps, errors)),
                        Draw.forLogAxes(Plots.series("chosen h", Style.SCATTER, new double[] {h}, new double[] {gap})),
                        Draw.level("notebook's bar", HVP_TOLERANCE, steps[0], steps[steps.length - 1])));
    }
}

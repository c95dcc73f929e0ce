package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Section 8: the error of the quadratic model shrinks like the cube of the step. */
public final class TaylorError implements Figure {
    static final double SMALLEST = 1e-3;
    static final double LARGEST = 1;
    static final int SAMPLES = 40;
    /** The radii where the slope is fitted: small enough for the quartic term to be under 1%. */
    static final double FIT_UP_TO = 1e-2;
    /** The quartic term moves the fitted slope by about 64r/71.6 < 0.01 below r = 0.01. */
    static final double SLOPE_TOLERANCE = 0.05;
    static final double[] NOTEBOOK_STEPS = {0.01, 0.05, 0.1, 0.2, 0.3};

    @Override
    public String id() {
        return "taylor-error";
    }

    @Override
    public String title() {
        return "The error of the quadratic model";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("smallest", SMALLEST), Fact.of("largest", LARGEST), Fact.of("tabulated", NOTEBOOK_STEPS));
    }

    static double error(double alpha) {
        return Math.abs(Rosenbrock.along(alpha) - Rosenbrock.model(alpha));
    }

    /** The least-squares slope of log error against log radius over [SMALLEST, FIT_UP_TO]. */
    static double fittedSlope() {
        double[] radii = Plots.logspace(SMALLEST, FIT_UP_TO, 10);
        double mx = 0, my = 0;
        for (double r : radii) {
            mx += Math.log(r) / radii.length;
            my += Math.log(error(r)) / radii.length;
        }
        double sxy = 0, sxx = 0;
        for (double r : radii) {
            sxy += (Math.log(r) - mx) * (Math.log(error(r)) - my);
            sxx += (Math.log(r) - mx) * (Math.log(r) - mx);
        }
        return sxy / sxx;
    }

    @Override
    public Plot compute(Values values) {
        double[] radii = Plots.logspace(SMALLEST, LARGEST, SAMPLES);
        double[] errors = new double[SAMPLES];
        double[] reference = new double[SAMPLES];
        double scale = error(SMALLEST) / Math.pow(SMALLEST, 3);
        for (int i = 0; i < SAMPLES; i++) {
            errors[i] = error(radii[i]);
            reference[i] = scale * Math.pow(radii[i], 3);
        }
        Plot.Chart chart = new Plot.Chart("|f(x₀ + rv) − q(r)| against r", Plot.Axis.logarithmic("radius r"),
                Plot.Axis.logarithmic("|f − q|"), List.of(
                        Plots.series("|f − q|", Plot.Style.LINE, radii, errors),
                        Plots.series("slope 3: C r³", Plot.Style.DASHED, radii, reference)));
        List<List<String>> rows = new ArrayList<>();
        for (double a : NOTEBOOK_STEPS) {
            rows.add(List.of(Numbers.fixed(a, 2), Numbers.fixed(Rosenbrock.along(a), 6),
                    Numbers.fixed(Rosenbrock.model(a), 6), Numbers.sci(error(a))));
        }
        Plot.Table table = new Plot.Table("Error at a few steps", List.of("step r", "f", "q", "|f − q|"), rows);
        double slope = fittedSlope();
        Plot.Checks checks = new Plot.Checks("Check", List.of(new Plot.Check("the error is of third order",
                Math.abs(slope - 3) <= SLOPE_TOLERANCE, "fitted log–log slope " + Numbers.fixed(slope, 3)
                        + " for r ≤ " + Numbers.power(FIT_UP_TO) + " (expected 3 ± " + SLOPE_TOLERANCE + ")")));
        return Plots.of(this, "q agrees with f up to second order, so the first term it misses is cubic: on"
                + " log–log axes the error runs parallel to the slope-3 line until the quartic term of f adds"
                + " to it near r = 1.", chart, table, checks);
    }
}

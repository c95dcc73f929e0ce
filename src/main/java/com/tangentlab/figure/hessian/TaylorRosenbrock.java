package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Section 8: Rosenbrock's function and its quadratic model along a line through x₀. */
public final class TaylorRosenbrock implements Figure {
    static final int SAMPLES = 201;

    @Override
    public String id() {
        return "taylor-rosenbrock";
    }

    @Override
    public String title() {
        return "A function and its quadratic model";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("radius", "radius r", 0.05, 1, 0.05, 0.3));
    }

    @Override
    public Plot compute(Values values) {
        double r = values.get("radius");
        double[] alphas = Plots.linspace(-r, r, SAMPLES);
        double[] f = new double[SAMPLES];
        double[] q = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            f[i] = Rosenbrock.along(alphas[i]);
            q[i] = Rosenbrock.model(alphas[i]);
        }
        Plot.Chart chart = new Plot.Chart("Along x₀ + αv, x₀ = (0.5, 0.2), v ∝ (1, 0.5)",
                new Plot.Axis("step α", false, -r, r), Plot.Axis.linear("value"), List.of(
                        Plots.series("f(x₀ + αv)", Plot.Style.LINE, alphas, f),
                        Plots.series("quadratic model q(α)", Plot.Style.DASHED, alphas, q),
                        Plots.point("expansion point", 0, Rosenbrock.value(Rosenbrock.X0))));
        List<List<String>> rows = new ArrayList<>();
        for (double a : new double[] {-r, -r / 2, r / 2, r}) {
            rows.add(List.of(Numbers.fixed(a, 3), Numbers.fixed(Rosenbrock.along(a), 6),
                    Numbers.fixed(Rosenbrock.model(a), 6), Numbers.sci(Math.abs(Rosenbrock.along(a) - Rosenbrock.model(a)))));
        }
        Plot.Table table = new Plot.Table("At radius " + Numbers.fixed(r, 2),
                List.of("α", "f", "q", "|f − q|"), rows);
        return Plots.of(this, "q matches f's value, slope and curvature at α = 0, so the two curves are"
                + " indistinguishable near x₀ and part as |α| grows: the cubic and quartic terms of f take over.",
                chart, table);
    }
}

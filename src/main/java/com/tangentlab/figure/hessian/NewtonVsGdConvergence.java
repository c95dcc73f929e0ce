package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/** Section 9: f − f* against the iteration for gradient descent and Newton's method, on a log scale. */
public final class NewtonVsGdConvergence implements Figure {
    static final int TABLE_STEPS = 10;

    @Override
    public String id() {
        return "newton-vs-gd-convergence";
    }

    @Override
    public String title() {
        return "How fast they converge";
    }

    @Override
    public List<Parameter> parameters() {
        return Descent.parameters();
    }

    /** f after the last gradient-descent step, at the sliders' defaults. */
    @Override
    public List<Fact> facts() {
        Descent run = Descent.atDefaults();
        return List.of(Fact.of("finalLoss", run.f(run.gd().get(Descent.GD_STEPS))));
    }

    @Override
    public Plot compute(Values values) {
        Descent run = Descent.run(values);
        List<double[]> gd = new ArrayList<>();
        List<double[]> bound = new ArrayList<>();
        double start = run.f(Descent.START);
        double rho = run.contraction();
        for (int k = 0; k <= Descent.GD_STEPS; k++) {
            addPositive(gd, k, run.f(run.gd().get(k)));
            addPositive(bound, k, start * Math.pow(rho, 2 * k));
        }
        List<double[]> newton = new ArrayList<>();
        for (int k = 0; k < run.newton().size(); k++) addPositive(newton, k, run.f(run.newton().get(k)));
        double newtonAfter = run.f(run.newton().get(1));
        Plot.Chart chart = new Plot.Chart("f − f* (f* = 0)", Plot.Axis.linear("iteration"),
                Plot.Axis.logarithmic("f − f*"), List.of(
                        new Plot.Series(run.gdName(), Plot.Style.LINE, gd),
                        new Plot.Series("bound f₀ ρ²ᵏ, ρ = max |1 − ηλ| = " + Numbers.fixed(rho, 4),
                                Plot.Style.DASHED, bound),
                        new Plot.Series("Newton", Plot.Style.SCATTER, newton)));
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k <= TABLE_STEPS; k++) {
            rows.add(List.of(Integer.toString(k), Numbers.sci(run.f(run.gd().get(k))),
                    k == 0 ? Numbers.sci(start) : k == 1 ? Numbers.sci(newtonAfter) : "—"));
        }
        Plot.Table table = new Plot.Table("f after each step", List.of("step", "gradient descent", "Newton"), rows);
        return Plots.of(this, "Gradient descent shrinks f − f* by about ρ² per step, ρ = max |1 − ηλ|, which at"
                + " best is ((κ − 1)/(κ + 1))². Newton's f after one step is " + Numbers.sci(newtonAfter)
                + (newtonAfter == 0 ? ", exactly zero, below any log scale." : "."), chart, table);
    }

    /** A log axis shows only positive values; an exact zero (a converged run) is left off. */
    private static void addPositive(List<double[]> into, int k, double value) {
        if (value > 0) into.add(new double[] {k, value});
    }
}

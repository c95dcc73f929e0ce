package com.tangentlab.figure.jacobian;

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
import java.util.List;

/** Section 1.1: the Jacobian of the example map by finite differences against the hand-derived one. */
public final class JacobianFdCheck implements Figure {
    /** Centred differences err by about h² (truncation) plus 1e-16/h (rounding): near 1e-10 here. */
    static final double STEP = 1e-5;
    /** Two orders of magnitude above that error, as the notebook checks it. */
    static final double TOLERANCE = 1e-8;

    @Override
    public String id() {
        return "jacobian-fd-check";
    }

    @Override
    public String title() {
        return "The Jacobian by finite differences";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Plot compute(Values values) {
        double[] x = ExampleMap.POINT;
        double[][] numeric = FiniteDifferences.jacobian(ExampleMap::value, x, STEP);
        double[][] exact = ExampleMap.jacobian(x);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < exact.length; i++) {
            for (int j = 0; j < exact[i].length; j++) {
                rows.add(List.of("∂f" + subscript(i) + "/∂x" + subscript(j), Numbers.fixed(numeric[i][j], 10),
                        Numbers.fixed(exact[i][j], 10), Numbers.sci(Math.abs(numeric[i][j] - exact[i][j]))));
            }
        }
        Plot.Table table = new Plot.Table("Entries of J at x = " + Numbers.vector(x, 1),
                List.of("entry", "finite difference", "analytic", "|difference|"), rows);
        Plot.Checks checks = new Plot.Checks("Check", List.of(Verdicts.within("finite differences match the analytic Jacobian",
                "max |J_fd − J|", Matrices.maxAbsDifference(numeric, exact), TOLERANCE)));
        return Plots.of(this, "f(x) = (x₀² + x₁x₂, exp(x₀) − x₂²) maps R³ to R², so J is 2 × 3: row i is the gradient"
                + " of output i. Indices start at 0, as in section 1's text and in Java. Each column comes from two"
                + " evaluations of f with input j nudged by ±" + Numbers.power(STEP) + ".", table, checks);
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("step", STEP), Fact.of("tolerance", TOLERANCE));
    }

    /** Section 1 numbers inputs and outputs from 0, as arrays do. */
    private static String subscript(int i) {
        return String.valueOf((char) ('₀' + i));
    }
}

package com.tangentlab.figure.practice;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/** Section 20: the Jacobian of x ↦ x/‖x‖ is (I − x̂x̂ᵀ)/‖x‖, a projection scaled by 1/‖x‖. */
public final class UnitNormJacobian implements Figure {
    static final double[] NOTEBOOK_X = {3, 4, 0};
    /** Centred differences with this step are accurate to about h² ≈ 1e-10 here. */
    private static final double STEP = 1e-5;
    /** The notebook's bar for differences against the formula. */
    static final double DIFFERENCE_TOLERANCE = 1e-7;
    /** Entries of order 1/‖x‖ and x of order ‖x‖: products exact to a few ulps. */
    static final double ROUNDING = 1e-12;

    @Override
    public String id() {
        return "unit-norm-jacobian";
    }

    @Override
    public String title() {
        return "The Jacobian of unit normalisation";
    }

    /** x₁ stays positive so that x is never 0, where the map is undefined. */
    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("x1", "x₁", 0.5, 5, 0.5, NOTEBOOK_X[0]),
                new Parameter("x2", "x₂", -5, 5, 0.5, NOTEBOOK_X[1]),
                new Parameter("x3", "x₃", -5, 5, 0.5, NOTEBOOK_X[2]));
    }

    static double[] normalise(double[] x) {
        return Linear.scaled(x, 1 / Linear.norm(x));
    }

    /** Differentiating x ‖x‖⁻¹ by the product rule: I/‖x‖ − x xᵀ/‖x‖³. */
    static SimpleMatrix jacobian(double[] x) {
        double r = Linear.norm(x);
        SimpleMatrix column = Linear.column(x);
        return SimpleMatrix.identity(x.length).divide(r).minus(column.mult(column.transpose()).divide(r * r * r));
    }

    /** I − x̂x̂ᵀ: the orthogonal projection onto the plane perpendicular to x. */
    static SimpleMatrix projection(double[] x) {
        SimpleMatrix unit = Linear.column(normalise(x));
        return SimpleMatrix.identity(x.length).minus(unit.mult(unit.transpose()));
    }

    @Override
    public Plot compute(Values values) {
        double[] x = {values.get("x1"), values.get("x2"), values.get("x3")};
        double r = Linear.norm(x);
        SimpleMatrix j = jacobian(x);
        SimpleMatrix differenced = new SimpleMatrix(FiniteDifferences.jacobian(UnitNormJacobian::normalise, x, STEP));
        SimpleMatrix p = projection(x);
        double differenceGap = j.minus(differenced).elementMaxAbs();
        double nullGap = Linear.norm(Linear.times(j, x));
        double asymmetry = j.minus(j.transpose()).elementMaxAbs();
        double scaledGap = j.scale(r).minus(p).elementMaxAbs();
        double idempotenceGap = p.mult(p).minus(p).elementMaxAbs();
        String caption = "At x = " + Numbers.vector(x, 1) + " (‖x‖ = " + Numbers.fixed(r, 4) + ") the Jacobian of x/‖x‖ "
                + "removes the component along x and divides the rest by ‖x‖: moving along x does not change x/‖x‖, "
                + "so J x = 0, and J is symmetric with eigenvalues 0, 1/‖x‖, 1/‖x‖.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                matrixTable("J = I/‖x‖ − x xᵀ/‖x‖³", j),
                matrixTable("J by centred differences", differenced),
                new Checks("checks", List.of(
                        new Check("J x = 0", nullGap < ROUNDING * r, "‖J x‖ = " + Numbers.sci(nullGap)),
                        new Check("J is symmetric", asymmetry < ROUNDING, "max |J − Jᵀ| = " + Numbers.sci(asymmetry)),
                        new Check("‖x‖ J = P = I − x̂x̂ᵀ", scaledGap < ROUNDING,
                                "max |‖x‖ J − P| = " + Numbers.sci(scaledGap)),
                        new Check("P is a projection, P² = P", idempotenceGap < ROUNDING,
                                "max |P² − P| = " + Numbers.sci(idempotenceGap)),
                        new Check("J agrees with differences", differenceGap < DIFFERENCE_TOLERANCE,
                                "max entry gap = " + Numbers.sci(differenceGap))))));
    }

    private static Table matrixTable(String title, SimpleMatrix m) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.getNumRows(); i++) {
            double[] row = new double[m.getNumCols()];
            for (int c = 0; c < row.length; c++) row[c] = m.get(i, c);
            rows.add(Numbers.row("∂u" + (char) ('₁' + i), row, 6));
        }
        return new Table(title, List.of("", "x₁", "x₂", "x₃"), rows);
    }
}

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

/**
 * Section 15: a RealNVP coupling layer y₁ = x₁, y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁) has a
 * block-triangular Jacobian, so log|det J| = Σ s(x₁), and it inverts in closed form.
 */
public final class CouplingLayer implements Figure {
    /** The notebook's input. */
    static final double[] NOTEBOOK_X = {1, 0.5, -0.3, 2};
    /** Centred differences with this step are accurate to about h² ≈ 1e-10 on these smooth maps. */
    private static final double STEP = 1e-5;
    /** y₁ does not read x₂, so its differences are exactly 0; the notebook's bar. */
    static final double ZERO_BLOCK = 1e-8;
    /** The notebook's bar for the determinant of the differenced Jacobian against Σ s. */
    static final double LOG_DET_TOLERANCE = 1e-6;
    /** Differenced against exact derivatives: h² truncation and ε/h rounding, both below 1e-9 here. */
    static final double JACOBIAN_TOLERANCE = 1e-7;
    /** Undoing exp(s) and t costs a few ulps of entries below 30. */
    static final double ROUND_TRIP = 1e-12;

    @Override
    public String id() {
        return "coupling-layer";
    }

    @Override
    public String title() {
        return "A coupling layer's triangular Jacobian";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ps.add(new Parameter("x" + (i + 1), "input x" + subscript(i + 1), -2, 2, 0.1, NOTEBOOK_X[i]));
        }
        return ps;
    }

    /** The scale network s(a, b) = (0.5a − 0.2b, 0.3a + 0.1b). */
    static double[] scale(double a, double b) {
        return new double[] {0.5 * a - 0.2 * b, 0.3 * a + 0.1 * b};
    }

    /** The translation network t(a, b) = (0.1a, −0.2b). */
    static double[] shift(double a, double b) {
        return new double[] {0.1 * a, -0.2 * b};
    }

    static double[] forward(double[] x) {
        double[] s = scale(x[0], x[1]);
        double[] t = shift(x[0], x[1]);
        return new double[] {x[0], x[1], x[2] * Math.exp(s[0]) + t[0], x[3] * Math.exp(s[1]) + t[1]};
    }

    static double[] inverse(double[] y) {
        double[] s = scale(y[0], y[1]);
        double[] t = shift(y[0], y[1]);
        return new double[] {y[0], y[1], (y[2] - t[0]) * Math.exp(-s[0]), (y[3] - t[1]) * Math.exp(-s[1])};
    }

    /** The Jacobian by hand: identity on top, the derivatives of x₂ ⊙ exp(s) + t below. */
    static double[][] jacobian(double[] x) {
        double[] s = scale(x[0], x[1]);
        double e0 = Math.exp(s[0]);
        double e1 = Math.exp(s[1]);
        return new double[][] {
            {1, 0, 0, 0},
            {0, 1, 0, 0},
            {0.5 * x[2] * e0 + 0.1, -0.2 * x[2] * e0, e0, 0},
            {0.3 * x[3] * e1, 0.1 * x[3] * e1 - 0.2, 0, e1}};
    }

    /** log|det J| as Σ s(x₁): the diagonal of the triangular Jacobian is (1, 1, exp(s₁), exp(s₂)). */
    static double logDeterminant(double[] x) {
        double[] s = scale(x[0], x[1]);
        return s[0] + s[1];
    }

    static double[][] differencedJacobian(double[] x) {
        return FiniteDifferences.jacobian(CouplingLayer::forward, x, STEP);
    }

    @Override
    public Plot compute(Values values) {
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) x[i] = values.get("x" + (i + 1));
        double[] y = forward(x);
        double[] back = inverse(y);
        double[][] exact = jacobian(x);
        double[][] differenced = differencedJacobian(x);
        double upperRight = maxAbs(differenced, 0, 2, 2, 4);
        double logDetDirect = Math.log(Math.abs(new SimpleMatrix(differenced).determinant()));
        double logDet = logDeterminant(x);
        double jacobianGap = maxGap(exact, differenced);
        double roundTrip = Linear.maxAbsDifference(x, back);
        String caption = "Here x has four coordinates: the text's first half is (x₁, x₂), its second (x₃, x₄). "
                + "The first half passes through and (y₃, y₄) = (x₃, x₄) ⊙ exp(s(x₁, x₂)) + t(x₁, x₂); the Jacobian "
                + "is block lower triangular with diagonal (1, 1, exp(s₁), exp(s₂)), so log|det J| = s₁ + s₂ costs "
                + "nothing, and (x₃, x₄) = ((y₃, y₄) − t(y₁, y₂)) ⊙ exp(−s(y₁, y₂)) undoes the layer. At the "
                + "notebook's x, Σ s = 0.75.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                jacobianTable(exact),
                new Table("the layer and its inverse", List.of("", "1", "2", "3", "4"), List.of(
                        Numbers.row("x", x, 6), Numbers.row("y = f(x)", y, 6), Numbers.row("f⁻¹(y)", back, 6))),
                new Checks("checks", List.of(
                        new Check("the upper-right block ∂(y₁, y₂)/∂(x₃, x₄) is zero", upperRight <= ZERO_BLOCK,
                                "max |entry| of the differenced block = " + Numbers.sci(upperRight)),
                        new Check("log|det J| = s₁ + s₂", Math.abs(logDetDirect - logDet) < LOG_DET_TOLERANCE,
                                "determinant of the differenced J: " + Numbers.fixed(logDetDirect, 6) + "; Σ s = "
                                        + Numbers.fixed(logDet, 6)),
                        new Check("the inverse recovers x", roundTrip < ROUND_TRIP,
                                "max |x − f⁻¹(f(x))| = " + Numbers.sci(roundTrip)),
                        new Check("the Jacobian by hand matches differences", jacobianGap < JACOBIAN_TOLERANCE,
                                "max entry gap = " + Numbers.sci(jacobianGap))))));
    }

    private static Table jacobianTable(double[][] j) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) rows.add(Numbers.row("y" + subscript(r + 1), j[r], 4));
        return new Table("Jacobian ∂y/∂x: its upper-right block ∂(y₁, y₂)/∂(x₃, x₄) is zero",
                List.of("", "x₁", "x₂", "x₃", "x₄"), rows);
    }

    private static double maxAbs(double[][] m, int row0, int row1, int col0, int col1) {
        double worst = 0;
        for (int r = row0; r < row1; r++) {
            for (int c = col0; c < col1; c++) worst = Math.max(worst, Math.abs(m[r][c]));
        }
        return worst;
    }

    private static double maxGap(double[][] a, double[][] b) {
        double worst = 0;
        for (int r = 0; r < a.length; r++) worst = Math.max(worst, Linear.maxAbsDifference(a[r], b[r]));
        return worst;
    }

    private static String subscript(int i) {
        return String.valueOf((char) ('₀' + i));
    }
}

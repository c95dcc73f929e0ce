package com.tangentlab.figure.jacobian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.FiniteDifferences;
import com.tangentlab.figure.calc.Gaussians;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import com.tangentlab.figure.calc.Verdicts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Section 1.2: a scalar function, a linear map and an elementwise function, each with its known Jacobian. */
public final class JacobianSpecialCases implements Figure {
    static final double STEP = JacobianFdCheck.STEP;
    /** The notebook's tolerance for the three cases; the differences here are near 1e-10. */
    static final double TOLERANCE = 1e-7;
    static final double[][] LINEAR = {{1, 2, 3}, {4, 5, 6}};
    static final double[] SCALAR_POINT = {2, 1};
    static final double[] SIGMOID_POINT = {0.5, -1, 2};
    private static final long SEED = 12;

    @Override
    public String id() {
        return "jacobian-special-cases";
    }

    @Override
    public String title() {
        return "Three Jacobians known in advance";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Plot compute(Values values) {
        double[][] scalar = FiniteDifferences.jacobian(
                x -> new double[] {0.5 * (x[0] * x[0] + 3 * x[1] * x[1])}, SCALAR_POINT, STEP);
        double[][] gradientRow = {{SCALAR_POINT[0], 3 * SCALAR_POINT[1]}};

        double[] at = Gaussians.vector(new SplittableRandom(SEED), 3);
        double[][] linear = FiniteDifferences.jacobian(x -> Matrices.times(LINEAR, x), at, STEP);

        double[][] elementwise = FiniteDifferences.jacobian(JacobianSpecialCases::sigmoid, SIGMOID_POINT, STEP);
        double[] slopes = Arrays.stream(sigmoid(SIGMOID_POINT)).map(s -> s * (1 - s)).toArray();
        double[][] diagonal = Matrices.diagonal(slopes);

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("½(x² + 3y²) at (2, 1)", text(scalar), "gradient as a row:\n" + text(gradientRow)));
        rows.add(List.of("Ax at x = " + Numbers.vector(at, 2), text(linear), "A =\n" + text(LINEAR)));
        rows.add(List.of("σ(x) at (0.5, −1, 2)", text(elementwise), "diag σ′(x) =\n" + text(diagonal)));
        Plot.Table table = new Plot.Table("Finite differences against the known answer",
                List.of("function", "J by finite differences", "expected"), rows);
        Plot.Checks checks = new Plot.Checks("Checks", List.of(
                Verdicts.within("a scalar function's Jacobian is its gradient as a row", "max difference",
                        Matrices.maxAbsDifference(scalar, gradientRow), TOLERANCE),
                Verdicts.within("a linear map's Jacobian is its matrix A, wherever it is taken", "max difference",
                        Matrices.maxAbsDifference(linear, LINEAR), TOLERANCE),
                Verdicts.within("an elementwise function's Jacobian is diagonal, diag σ′(x)", "max difference",
                        Matrices.maxAbsDifference(elementwise, diagonal), TOLERANCE)));
        return Plots.of(this, "A scalar output gives a single row (the gradient); a linear map is its own Jacobian;"
                + " an elementwise function never mixes coordinates, so only the diagonal is non-zero.", table, checks);
    }

    static double[] sigmoid(double[] x) {
        return Arrays.stream(x).map(v -> 1 / (1 + Math.exp(-v))).toArray();
    }

    /** One line per row of the matrix, so that a narrow table cell still shows its shape. */
    private static String text(double[][] m) {
        return Arrays.stream(m).map(row -> Numbers.vector(row, 4)).collect(Collectors.joining("\n", "[", "]"));
    }
}

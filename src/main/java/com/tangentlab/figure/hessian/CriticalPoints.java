package com.tangentlab.figure.hessian;

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

/** Section 7: the critical points of x³ + 3xy − y³, classified by the eigenvalues of the Hessian. */
public final class CriticalPoints implements Figure {
    static final double STEP = HessianFd.STEP;
    /** The stencil is exact for cubics up to rounding, 1e-16 / h² ≈ 1e-8. */
    static final double TOLERANCE = HessianFd.TOLERANCE;

    @Override
    public String id() {
        return "critical-points";
    }

    @Override
    public String title() {
        return "Classifying critical points";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    /** One classified critical point. */
    record Row(double[] point, double[] gradient, double[][] hessian, double[] eigenvalues, String kind) {
        static Row at(double[] point) {
            double[][] h = FiniteDifferences.hessian(CubicSurface::value, point, STEP);
            double[] eigenvalues = Matrices.symmetricEigen(h).values();
            return new Row(point, CubicSurface.gradient(point), h, eigenvalues, CubicSurface.classify(eigenvalues));
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (double[] p : CubicSurface.CRITICAL_POINTS) rows.add(Row.at(p));
        return rows;
    }

    @Override
    public Plot compute(Values values) {
        List<List<String>> table = new ArrayList<>();
        List<Plot.Check> checks = new ArrayList<>();
        for (Row r : rows()) {
            String where = Numbers.vector(r.point(), 0);
            table.add(List.of(where, Numbers.fixed(CubicSurface.value(r.point()), 2), Numbers.vector(r.gradient(), 2),
                    Numbers.vector(r.eigenvalues(), 4), r.kind()));
            checks.add(Verdicts.within("∇f = 0 at " + where, "max |∇f|", Matrices.maxAbs(r.gradient()), TOLERANCE));
            checks.add(Verdicts.within("finite-difference Hessian at " + where + " equals [[6x, 3], [3, −6y]]",
                    "max difference", Matrices.maxAbsDifference(r.hessian(), CubicSurface.hessian(r.point())),
                    TOLERANCE));
        }
        return Plots.of(this, "∇f = (3x² + 3y, 3x − 3y²) vanishes where y = −x² and x = y², that is at (0, 0) and"
                + " (1, −1). At (0, 0) the eigenvalues ±3 have opposite signs: a saddle. At (1, −1) both, 3 and 9,"
                + " are positive: a local minimum, although the notebook's picture labels it a saddle.",
                new Plot.Table("Critical points of f(x, y) = x³ + 3xy − y³", List.of("point", "f",
                        "gradient", "Hessian eigenvalues", "class"), table),
                new Plot.Checks("Checks", checks));
    }
}

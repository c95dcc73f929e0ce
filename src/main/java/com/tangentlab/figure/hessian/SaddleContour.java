package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Contours;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 7: level curves of x³ + 3xy − y³ around both critical points, with the Hessian's
 * eigenvectors drawn at each: the curves cross at the saddle and close around the minimum.
 */
public final class SaddleContour implements Figure {
    static final Contours.Grid WINDOW = new Contours.Grid(-1, 2, -2, 1, 90);
    static final double[] NEGATIVE_LEVELS = {-3, -2, -1.5, -0.95, -0.8, -0.6, -0.3};
    static final double[] POSITIVE_LEVELS = {0.3, 0.8, 1.5, 3, 5, 8};
    /** Arrow length in the plane's units: a tenth of the window. */
    static final double ARROW = 0.35;

    @Override
    public String id() {
        return "saddle-contour";
    }

    @Override
    public String title() {
        return "Level curves near a saddle and a minimum";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Plot compute(Values values) {
        List<Plot.Series> series = new ArrayList<>();
        series.add(new Plot.Series("level curves f < 0", Plot.Style.SEGMENTS, levels(NEGATIVE_LEVELS)));
        series.add(new Plot.Series("f = 0 (through the saddle)", Plot.Style.SEGMENTS, levels(new double[] {0})));
        series.add(new Plot.Series("level curves f > 0", Plot.Style.SEGMENTS, levels(POSITIVE_LEVELS)));
        List<double[]> up = new ArrayList<>();
        List<double[]> down = new ArrayList<>();
        StringBuilder eigen = new StringBuilder();
        for (double[] p : CubicSurface.CRITICAL_POINTS) {
            Matrices.Eigen e = Matrices.symmetricEigen(CubicSurface.hessian(p));
            eigen.append(" At ").append(Numbers.vector(p, 0).replace('-', '−')).append(": λ = ")
                    .append(Numbers.vector(e.values(), 0)).append('.');
            for (int k = 0; k < e.values().length; k++) {
                double[] v = e.vectors()[k];
                List<double[]> into = e.values()[k] > 0 ? up : down;
                into.add(p);
                into.add(new double[] {p[0] + ARROW * v[0], p[1] + ARROW * v[1]});
            }
        }
        series.add(new Plot.Series("eigenvectors with λ > 0 (curves up)", Plot.Style.ARROWS, up));
        series.add(new Plot.Series("eigenvector with λ < 0 (curves down)", Plot.Style.ARROWS, down));
        series.add(Plots.point("saddle (0, 0)", 0, 0));
        series.add(Plots.point("local minimum (1, −1)", 1, -1));
        Plot.Chart chart = new Plot.Chart("f(x, y) = x³ + 3xy − y³",
                new Plot.Axis("x", false, WINDOW.xMin(), WINDOW.xMax()),
                new Plot.Axis("y", false, WINDOW.yMin(), WINDOW.yMax()), series, true);
        return Plots.of(this, "Along an eigenvector with a positive eigenvalue f curves up, along a negative one it"
                + " curves down. The level curve f = 0 crosses itself at the saddle; around (1, −1) the curves"
                + " close into ovals elongated along the eigenvector of the smaller eigenvalue." + eigen,
                chart);
    }

    private static List<double[]> levels(double[] levels) {
        List<double[]> pieces = new ArrayList<>();
        for (double level : levels) pieces.addAll(Contours.segments(CubicSurface::value, WINDOW, level));
        return pieces;
    }
}

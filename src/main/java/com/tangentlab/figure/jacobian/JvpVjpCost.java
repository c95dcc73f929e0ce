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

/**
 * Section 2: building a Jacobian of f: Rⁿ → Rᵐ takes n forward passes (one JVP per column) or m
 * reverse passes (one VJP per row); both give the same matrix.
 */
public final class JvpVjpCost implements Figure {
    /** Both builds use the same products in another order: they agree to rounding, about 1e-16. */
    static final double ROUNDING = 1e-12;
    /** Finite differences of the smooth map err near 1e-10 (see JacobianFdCheck). */
    static final double FD_TOLERANCE = JacobianFdCheck.TOLERANCE;
    private static final long SEED = 21;
    private static final int MAX_DIMENSION = 40;

    /** f(x) = tanh(Ax + b), with the JVP pushed forward and the VJP pulled back by hand. */
    record Layer(double[][] a, double[] b) {
        static Layer drawn(int n, int m) {
            SplittableRandom random = new SplittableRandom(SEED);
            return new Layer(Gaussians.matrix(random, m, n, 1 / Math.sqrt(n)), Gaussians.vector(random, m));
        }

        double[] value(double[] x) {
            double[] z = Matrices.times(a, x);
            for (int i = 0; i < z.length; i++) z[i] = Math.tanh(z[i] + b[i]);
            return z;
        }

        private double[] slopes(double[] x) {
            double[] y = value(x);
            for (int i = 0; i < y.length; i++) y[i] = 1 - y[i] * y[i];
            return y;
        }

        /** J v: the tangent v through A, then scaled by tanh′. */
        double[] jvp(double[] x, double[] v) {
            double[] t = Matrices.times(a, v);
            double[] s = slopes(x);
            for (int i = 0; i < t.length; i++) t[i] *= s[i];
            return t;
        }

        /** uᵀ J: the cotangent u scaled by tanh′, then back through Aᵀ. */
        double[] vjp(double[] x, double[] u) {
            double[] s = slopes(x);
            double[] w = new double[u.length];
            for (int i = 0; i < u.length; i++) w[i] = u[i] * s[i];
            return Matrices.times(Matrices.transpose(a), w);
        }
    }

    @Override
    public String id() {
        return "jvp-vjp-cost";
    }

    @Override
    public String title() {
        return "Forward or reverse mode: the cost of a full Jacobian";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("n", "inputs n", 1, MAX_DIMENSION, 1, 3),
                new Parameter("m", "outputs m", 1, MAX_DIMENSION, 1, 2));
    }

    @Override
    public Plot compute(Values values) {
        int n = values.integer("n");
        int m = values.integer("m");
        Layer f = Layer.drawn(n, m);
        double[] x = Gaussians.vector(new SplittableRandom(SEED + 1), n);
        double[][] byColumns = new double[m][n];
        for (int j = 0; j < n; j++) {
            double[] column = f.jvp(x, unit(n, j));
            for (int i = 0; i < m; i++) byColumns[i][j] = column[i];
        }
        double[][] byRows = new double[m][];
        for (int i = 0; i < m; i++) byRows[i] = f.vjp(x, unit(m, i));
        double[][] numeric = FiniteDifferences.jacobian(f::value, x, JacobianFdCheck.STEP);

        Plot.Checks checks = new Plot.Checks("Checks (f(x) = tanh(Ax + b), " + m + " × " + n + ")", List.of(
                Verdicts.within(n + " JVPs (columns) give the same Jacobian as " + m + " VJPs (rows)",
                        "max difference", Matrices.maxAbsDifference(byColumns, byRows), ROUNDING),
                Verdicts.within("both agree with finite differences", "max difference",
                        Matrices.maxAbsDifference(byColumns, numeric), FD_TOLERANCE)));
        return Plots.of(this, "Forward mode pushes one input direction through per pass, so a full Jacobian"
                + " costs n passes; reverse mode pulls one output direction back per pass and costs m. With n = "
                + n + " and m = " + m + ", " + verdict(n, m) + ".", chart(n), table(n, m), checks);
    }

    private static Plot.Chart chart(int n) {
        double[] ms = Plots.linspace(1, MAX_DIMENSION, MAX_DIMENSION);
        double[] forward = new double[ms.length];
        Arrays.fill(forward, n);
        return new Plot.Chart("Passes for the full Jacobian, n = " + n, Plot.Axis.linear("outputs m"),
                Plot.Axis.linear("passes"), List.of(
                        Plots.series("forward mode (JVPs): n", Plot.Style.LINE, ms, forward),
                        Plots.series("reverse mode (VJPs): m", Plot.Style.DASHED, ms, ms)));
    }

    private static Plot.Table table(int n, int m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("your choice", n, m));
        rows.add(row("section 1's example", 3, 2));
        rows.add(row("a scalar loss of 1000 weights", 1000, 1));
        rows.add(row("a classifier's 10 logits of a 784-pixel image", 784, 10));
        rows.add(row("a curve in 1000 dimensions", 1, 1000));
        return new Plot.Table("Passes needed", List.of("case", "n", "m", "JVP passes", "VJP passes", "cheaper"), rows);
    }

    private static List<String> row(String name, int n, int m) {
        return List.of(name, Integer.toString(n), Integer.toString(m), Integer.toString(n), Integer.toString(m),
                n == m ? "either" : n < m ? "forward (JVP)" : "reverse (VJP)");
    }

    private static String verdict(int n, int m) {
        if (n == m) return "both modes cost the same";
        return n < m ? "forward mode is cheaper" : "reverse mode is cheaper";
    }

    private static double[] unit(int size, int i) {
        double[] e = new double[size];
        e[i] = 1;
        return e;
    }
}

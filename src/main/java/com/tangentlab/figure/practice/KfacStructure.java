package com.tangentlab.figure.practice;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Section 14: the exact Fisher block of a linear layer against K-FAC's A ⊗ G, and K-FAC's cheap inverse. */
public final class KfacStructure implements Figure {
    static final int INPUTS = 4;
    static final int OUTPUTS = 3;
    /** As in the notebook: keeps A and G invertible whatever the sample. */
    static final double DAMPING = 1e-3;
    /**
     * The identities are exact algebra; the damped factors have condition numbers far below
     * 1e4, so rounding stays under this.
     */
    static final double ALGEBRA_TOLERANCE = 1e-9;
    /** The notebook's scale of the backpropagated gradients. */
    private static final double GRADIENT_SCALE = 0.5;
    private static final int[] SAMPLE_GRID = {10, 20, 50, 100, 200, 500, 1000, 2000};
    private static final long SEED = 1401;

    @Override
    public String id() {
        return "kfac-structure";
    }

    @Override
    public String title() {
        return "K-FAC: the Fisher block as a Kronecker product";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("samples", "samples N", 10, 2000, 10, 200));
    }

    /** The sizes, and the relative gap of the independent batch at the default sample count. */
    @Override
    public List<Fact> facts() {
        int samples = (int) parameters().get(0).value();
        return List.of(Fact.of("inputs", INPUTS), Fact.of("outputs", OUTPUTS), Fact.of("fisherSize", INPUTS * OUTPUTS),
                Fact.of("relativeError", Batch.draw(samples, false).compare().relativeError()));
    }

    /** Activations a and backpropagated gradients g of one layer, one row per sample. */
    record Batch(double[][] a, double[][] g) {
        /**
         * @param coupled when true, each g is scaled by ‖a‖/2, so a and g are no longer
         *                independent, which is what K-FAC assumes
         */
        static Batch draw(int samples, boolean coupled) {
            SplittableRandom random = new SplittableRandom(SEED + 2L * samples + (coupled ? 1 : 0));
            double[][] a = new double[samples][];
            double[][] g = new double[samples][];
            for (int i = 0; i < samples; i++) {
                a[i] = Linear.gaussian(random, INPUTS, 1);
                g[i] = Linear.gaussian(random, OUTPUTS, GRADIENT_SCALE);
                if (coupled) g[i] = Linear.scaled(g[i], Linear.norm(a[i]) / 2);
            }
            return new Batch(a, g);
        }

        int samples() {
            return a.length;
        }

        /** E[vec(g aᵀ) vec(g aᵀ)ᵀ] = E[(a aᵀ) ⊗ (g gᵀ)], vec stacking columns so vec(g aᵀ) = a ⊗ g. */
        SimpleMatrix exactFisher() {
            int d = INPUTS * OUTPUTS;
            double[] sum = new double[d * d];
            double[] v = new double[d];
            for (int s = 0; s < samples(); s++) {
                for (int i = 0; i < INPUTS; i++) {
                    for (int j = 0; j < OUTPUTS; j++) v[i * OUTPUTS + j] = a[s][i] * g[s][j];
                }
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) sum[p * d + q] += v[p] * v[q];
                }
            }
            return new SimpleMatrix(d, d, true, sum).divide(samples());
        }

        SimpleMatrix inputFactor() {
            return secondMoment(a);
        }

        SimpleMatrix gradientFactor() {
            return secondMoment(g);
        }

        private static SimpleMatrix secondMoment(double[][] rows) {
            SimpleMatrix m = new SimpleMatrix(rows);
            return m.transpose().mult(m).divide(rows.length);
        }

        Comparison compare() {
            SimpleMatrix exact = exactFisher();
            SimpleMatrix kfac = inputFactor().kron(gradientFactor());
            return new Comparison(exact.normF(), kfac.normF(), exact.minus(kfac).normF() / exact.normF());
        }
    }

    /** The exact block F against K-FAC's A ⊗ G in the Frobenius norm. */
    record Comparison(double exactNorm, double kfacNorm, double relativeError) {}

    static SimpleMatrix damped(SimpleMatrix m) {
        return m.plus(SimpleMatrix.identity(m.getNumRows()).scale(DAMPING));
    }

    /** (A ⊗ G)⁻¹ inverted whole against A⁻¹ ⊗ G⁻¹: the largest entry gap relative to the largest entry. */
    static double inverseGap(Batch batch) {
        SimpleMatrix a = damped(batch.inputFactor());
        SimpleMatrix g = damped(batch.gradientFactor());
        SimpleMatrix whole = a.kron(g).invert();
        return whole.minus(a.invert().kron(g.invert())).elementMaxAbs() / whole.elementMaxAbs();
    }

    /** (A ⊗ G)⁻¹ vec(V) against vec(G⁻¹ V A⁻¹) for a random V: the update without the big matrix. */
    static double updateGap(Batch batch) {
        SimpleMatrix a = damped(batch.inputFactor());
        SimpleMatrix g = damped(batch.gradientFactor());
        SimpleMatrix v = Linear.gaussian(new SplittableRandom(SEED), OUTPUTS, INPUTS, 1);
        SimpleMatrix viaBig = a.kron(g).solve(Linear.column(columnStacked(v)));
        double[] viaFactors = columnStacked(g.solve(v).mult(a.invert()));
        double[] big = Linear.entries(viaBig);
        return Linear.maxAbsDifference(big, viaFactors) / Linear.norm(big);
    }

    private static double[] columnStacked(SimpleMatrix m) {
        double[] out = new double[m.getNumElements()];
        for (int col = 0; col < m.getNumCols(); col++) {
            for (int row = 0; row < m.getNumRows(); row++) out[col * m.getNumRows() + row] = m.get(row, col);
        }
        return out;
    }

    @Override
    public Plot compute(Values values) {
        int samples = values.integer("samples");
        Batch independent = Batch.draw(samples, false);
        Batch coupled = Batch.draw(samples, true);
        Comparison free = independent.compare();
        Comparison tied = coupled.compare();
        double inverseGap = inverseGap(independent);
        double updateGap = updateGap(independent);
        String caption = "For a linear layer with 4 inputs and 3 outputs the Fisher block is E[(a aᵀ) ⊗ (g gᵀ)]; "
                + "K-FAC replaces it by A ⊗ G with A = E[a aᵀ], G = E[g gᵀ]. With a and g independent the gap is "
                + "sampling noise shrinking like 1/√N; when the gradient's size depends on the input it stays. "
                + "The Kronecker form inverts factor by factor.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                errorChart(samples, free, tied),
                new Table("N = " + samples + " samples, 12 × 12 Fisher block",
                        List.of("a and g", "‖F‖_F", "‖A ⊗ G‖_F", "relative error"), List.of(
                                row("independent (notebook)", free),
                                row("g scaled by ‖a‖/2", tied))),
                new Checks("checks (damping " + DAMPING + ")", List.of(
                        new Check("(A ⊗ G)⁻¹ = A⁻¹ ⊗ G⁻¹", inverseGap < ALGEBRA_TOLERANCE,
                                "max entry gap / max entry = " + Numbers.sci(inverseGap)),
                        new Check("(A ⊗ G)⁻¹ vec(V) = vec(G⁻¹ V A⁻¹)", updateGap < ALGEBRA_TOLERANCE,
                                "max gap / norm = " + Numbers.sci(updateGap))))));
    }

    private static List<String> row(String name, Comparison c) {
        return List.of(name, Numbers.fixed(c.exactNorm(), 4), Numbers.fixed(c.kfacNorm(), 4),
                Numbers.fixed(c.relativeError(), 4));
    }

    private static Chart errorChart(int samples, Comparison independent, Comparison coupled) {
        double[] ns = new double[SAMPLE_GRID.length];
        double[] free = new double[SAMPLE_GRID.length];
        double[] tied = new double[SAMPLE_GRID.length];
        for (int k = 0; k < ns.length; k++) {
            ns[k] = SAMPLE_GRID[k];
            free[k] = Batch.draw(SAMPLE_GRID[k], false).compare().relativeError();
            tied[k] = Batch.draw(SAMPLE_GRID[k], true).compare().relativeError();
        }
        return new Chart("relative error ‖F − A ⊗ G‖_F / ‖F‖_F against samples",
                Axis.logarithmic("samples N"), Axis.logarithmic("relative error"), List.of(
                        Draw.forLogAxes(Plots.series("a, g independent", Style.LINE, ns, free)),
                        Draw.forLogAxes(Plots.series("g scaled by ‖a‖/2", Style.LINE, ns, tied)),
                        Draw.forLogAxes(Plots.series("chosen N", Style.SCATTER, new double[] {samples, samples},
                                new double[] {independent.relativeError(), coupled.relativeError()}))));
    }
}

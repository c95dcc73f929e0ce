package com.tangentlab.figure.jacobian;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Gaussians;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Section 5: the spectral norm of the Jacobian W_L ⋯ W_1 of a deep linear network, layer after
 * layer, for weights that are too large, norm-preserving, or too small.
 */
public final class GradientFlow implements Figure {
    static final int WIDTH = 20;
    private static final long SEED = 42;

    /** How the n × n weights are drawn. */
    enum Init {
        LARGE("N(0, 1): explodes"), XAVIER("N(0, 1/n), Xavier: stable"), ORTHOGONAL("orthogonal: exactly 1"),
        SMALL("N(0, 0.1²): vanishes");

        final String label;

        Init(String label) {
            this.label = label;
        }

        double[][] draw(SplittableRandom random, int n) {
            return switch (this) {
                case LARGE -> Gaussians.matrix(random, n, n, 1);
                case XAVIER -> Gaussians.matrix(random, n, n, Math.sqrt(1.0 / n));
                case ORTHOGONAL -> orthonormalised(Gaussians.matrix(random, n, n, 1));
                case SMALL -> Gaussians.matrix(random, n, n, 0.1);
            };
        }
    }

    @Override
    public String id() {
        return "gradient-flow";
    }

    @Override
    public String title() {
        return "Gradient flow through depth";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("depth", "depth L", 5, 100, 1, 30));
    }

    /** The width, the number of initialisations drawn, and their norms at the default depth (Xavier's range over it). */
    @Override
    public List<Fact> facts() {
        int depth = (int) parameters().get(0).value();
        return List.of(Fact.of("width", WIDTH), Fact.of("initialisations", Init.values().length),
                Fact.of("largeNorm", norms(Init.LARGE, depth)[depth]), Fact.of("smallNorm", norms(Init.SMALL, depth)[depth]),
                Fact.of("xavierLowest", Arrays.stream(norms(Init.XAVIER, depth)).min().orElseThrow()),
                Fact.of("xavierHighest", Arrays.stream(norms(Init.XAVIER, depth)).max().orElseThrow()));
    }

    /** ‖W_l ⋯ W_1‖₂ for l = 0 … depth (1 at l = 0). */
    static double[] norms(Init init, int depth) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] product = Matrices.identity(WIDTH);
        double[] norms = new double[depth + 1];
        norms[0] = 1;
        for (int l = 1; l <= depth; l++) {
            product = Matrices.multiply(init.draw(random, WIDTH), product);
            norms[l] = Matrices.spectralNorm(product);
        }
        return norms;
    }

    @Override
    public Plot compute(Values values) {
        int depth = values.integer("depth");
        double[] layers = Plots.linspace(0, depth, depth + 1);
        List<Plot.Series> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Init init : Init.values()) {
            double[] norms = norms(init, depth);
            series.add(Plots.series(init.label, Plot.Style.LINE, layers, norms));
            rows.add(List.of(init.label, Numbers.sci(norms[depth])));
        }
        double[] ideal = new double[layers.length];
        Arrays.fill(ideal, 1);
        series.add(Plots.series("ideal = 1", Plot.Style.DASHED, layers, ideal));
        Plot.Chart chart = new Plot.Chart("Spectral norm of the cumulative Jacobian, width " + WIDTH,
                Plot.Axis.linear("layer depth l"), Plot.Axis.logarithmic("‖W_l ⋯ W_1‖₂"), series);
        Plot.Table table = new Plot.Table("At depth " + depth, List.of("initialisation", "‖J‖₂"), rows);
        return Plots.of(this, "Each layer multiplies the Jacobian by its weight matrix, so a typical singular value"
                + " above 1 compounds into an explosion and one below 1 into vanishing gradients; weights that keep"
                + " norms on average (Xavier) or exactly (orthogonal) keep the signal usable at depth " + depth + ".",
                chart, table);
    }

    /** Gram–Schmidt on the columns, twice for accuracy: an orthogonal matrix, as orthogonal init draws one. */
    static double[][] orthonormalised(double[][] a) {
        int n = a.length;
        double[][] q = Matrices.transpose(a);
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < j; k++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) dot += q[j][i] * q[k][i];
                    for (int i = 0; i < n; i++) q[j][i] -= dot * q[k][i];
                }
                double norm = Matrices.norm(q[j]);
                for (int i = 0; i < n; i++) q[j][i] /= norm;
            }
        }
        return Matrices.transpose(q);
    }
}

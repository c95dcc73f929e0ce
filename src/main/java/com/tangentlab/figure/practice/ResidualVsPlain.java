package com.tangentlab.figure.practice;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;

/** Section 17: products of block Jacobians J_F vanish with depth; products of I + J_F keep their size. */
public final class ResidualVsPlain implements Figure {
    static final int WIDTH = 10;
    private static final long SEED = 1701;

    @Override
    public String id() {
        return "residual-vs-plain";
    }

    @Override
    public String title() {
        return "Residual blocks keep the Jacobian's size through depth";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("depth", "depth L", 1, 100, 1, 50),
                new Parameter("scale", "weight scale of each block", 0.01, 0.5, 0.01, 0.15));
    }

    /** The width, and the norms at the default depth and scale: the last residual one, its largest, the last plain one. */
    @Override
    public List<Fact> facts() {
        int depth = (int) parameters().get(0).value();
        Norms norms = norms(depth, parameters().get(1).value());
        double largest = Arrays.stream(norms.residual()).max().orElseThrow();
        return List.of(Fact.of("width", WIDTH), Fact.of("residualNorm", norms.residual()[depth]),
                Fact.of("largestResidualNorm", largest), Fact.of("plainNorm", norms.plain()[depth]));
    }

    /** Spectral norms of the cumulative Jacobians, index l after l blocks. */
    record Norms(double[] plain, double[] residual) {}

    /**
     * Block l has Jacobian J_F = D W with W Gaussian times {@code scale} and D a random 0/1
     * ReLU mask; the plain network multiplies the J_F, the residual one the I + J_F. The
     * draws come in the same order for every depth, so a deeper network extends a shallower one.
     */
    static Norms norms(int depth, double scale) {
        SplittableRandom random = new SplittableRandom(SEED);
        SimpleMatrix identity = SimpleMatrix.identity(WIDTH);
        SimpleMatrix plain = identity;
        SimpleMatrix residual = identity;
        double[] plainNorms = new double[depth + 1];
        double[] residualNorms = new double[depth + 1];
        plainNorms[0] = 1;
        residualNorms[0] = 1;
        for (int l = 1; l <= depth; l++) {
            SimpleMatrix block = maskedWeights(random, scale);
            plain = block.mult(plain);
            residual = identity.plus(block).mult(residual);
            plainNorms[l] = Linear.spectralNorm(plain);
            residualNorms[l] = Linear.spectralNorm(residual);
        }
        return new Norms(plainNorms, residualNorms);
    }

    private static SimpleMatrix maskedWeights(SplittableRandom random, double scale) {
        SimpleMatrix w = Linear.gaussian(random, WIDTH, WIDTH, scale);
        for (int i = 0; i < WIDTH; i++) {
            if (random.nextGaussian() <= 0) {
                for (int j = 0; j < WIDTH; j++) w.set(i, j, 0);
            }
        }
        return w;
    }

    @Override
    public Plot compute(Values values) {
        int depth = values.integer("depth");
        double scale = values.get("scale");
        Norms norms = norms(depth, scale);
        String caption = "Width 10; each block's Jacobian is J_F = D W with W Gaussian of scale " + Numbers.fixed(scale, 2)
                + " and D a random ReLU mask with about half its units on. The plain product J_L ⋯ J_1 shrinks "
                + "geometrically; the residual product (I + J_L) ⋯ (I + J_1) changes far more slowly: at depth " + depth
                + " its norm is " + Numbers.readable(norms.residual()[depth]) + " against "
                + Numbers.readable(norms.plain()[depth]) + " for the plain one. A plain curve that stops has met a "
                + "layer with every unit off: its Jacobian is then exactly zero.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Chart("spectral norm of the Jacobian through depth", Axis.linear("depth (layer)"),
                        Axis.logarithmic("spectral norm (log scale)"), List.of(
                                Draw.forLogY(Draw.indexed("plain, J_L ⋯ J_1", Style.LINE, norms.plain())),
                                Draw.forLogY(Draw.indexed("residual, (I + J_L) ⋯ (I + J_1)", Style.LINE,
                                        norms.residual())))),
                new Table("at depth " + depth, List.of("network", "spectral norm of the Jacobian"), List.of(
                        List.of("plain", Numbers.readable(norms.plain()[depth])),
                        List.of("residual", Numbers.readable(norms.residual()[depth]))))));
    }
}

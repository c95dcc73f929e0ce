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
import java.util.Arrays;
import java.util.List;

/** Section 4: J = (I − 11ᵀ/d − x̂x̂ᵀ/d)/σ at x = (1, 2, 3, 4), its null space and rank. */
public final class LayerNormJacobianFigure implements Figure {
    static final double[] X = {1, 2, 3, 4};
    /** Null-space products cancel O(1) terms: a few ulps. */
    static final double ROUNDING = 1e-12;
    static final double RANK_TOLERANCE = SoftmaxJacobianFigure.RANK_TOLERANCE;
    static final double STEP = JacobianFdCheck.STEP;
    /** The notebook's tolerance for the finite-difference comparison (the error is near 1e-10). */
    static final double FD_TOLERANCE = 1e-7;

    @Override
    public String id() {
        return "layernorm-jacobian";
    }

    @Override
    public String title() {
        return "The LayerNorm Jacobian";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("input", X), Fact.of("rank", X.length - 2));
    }

    static double[] normalise(double[] x) {
        double mu = Arrays.stream(x).average().orElseThrow();
        double sigma = Math.sqrt(Arrays.stream(x).map(v -> (v - mu) * (v - mu)).average().orElseThrow());
        return Arrays.stream(x).map(v -> (v - mu) / sigma).toArray();
    }

    static double[][] jacobian(double[] x) {
        int d = x.length;
        double mu = Arrays.stream(x).average().orElseThrow();
        double sigma = Math.sqrt(Arrays.stream(x).map(v -> (v - mu) * (v - mu)).average().orElseThrow());
        double[] hat = normalise(x);
        double[][] j = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) j[a][b] = ((a == b ? 1 : 0) - 1.0 / d - hat[a] * hat[b] / d) / sigma;
        }
        return j;
    }

    @Override
    public Plot compute(Values values) {
        int d = X.length;
        double[][] j = jacobian(X);
        double[][] numeric = FiniteDifferences.jacobian(LayerNormJacobianFigure::normalise, X, STEP);
        double[] ones = new double[d];
        Arrays.fill(ones, 1);
        double[] hat = normalise(X);
        Plot.Table matrix = new Plot.Table("J at x = " + Numbers.vector(X, 0) + " (x̂ = " + Numbers.vector(hat, 4)
                + ")", Numbers.columns(d, ""), Numbers.rows(j, 6, "row"));
        Plot.Checks checks = new Plot.Checks("Properties", List.of(
                Verdicts.within("J·1 = 0: shifting the input changes nothing", "max |J·1|",
                        Matrices.maxAbs(Matrices.times(j, ones)), ROUNDING),
                Verdicts.within("J·x̂ = 0: rescaling the input changes nothing", "max |J·x̂|",
                        Matrices.maxAbs(Matrices.times(j, hat)), ROUNDING),
                Verdicts.same("rank d − 2", "rank", Matrices.rank(j, RANK_TOLERANCE), d - 2),
                Verdicts.within("agrees with finite differences", "max |J − J_fd|",
                        Matrices.maxAbsDifference(j, numeric), FD_TOLERANCE)));
        return Plots.of(this, "LayerNorm (without its learned scale and shift) forgets the mean and the scale of"
                + " its input, so J sends both 1 and x̂ to zero and has rank d − 2 = " + (d - 2) + ".", matrix, checks);
    }
}

package com.tangentlab.figure.jacobian;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Matrices;
import com.tangentlab.figure.calc.Numbers;
import com.tangentlab.figure.calc.Plots;
import com.tangentlab.figure.calc.Verdicts;
import java.util.Arrays;
import java.util.List;

/** Section 3: J = diag(p) − ppᵀ at z = (1, 2, 0, −1) and the properties the section proves. */
public final class SoftmaxJacobianFigure implements Figure {
    static final double[] Z = {1, 2, 0, -1};
    /** Entries are probabilities and their products, so exact identities hold to a few ulps. */
    static final double ROUNDING = 1e-12;
    /** Singular values below this fraction of the largest count as zero (the true one is 0 up to 1e-17). */
    static final double RANK_TOLERANCE = 1e-10;

    @Override
    public String id() {
        return "softmax-jacobian";
    }

    @Override
    public String title() {
        return "The softmax Jacobian";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("logits", Z), Fact.of("rank", Z.length - 1));
    }

    static double[] softmax(double[] z) {
        double top = Arrays.stream(z).max().orElseThrow();
        double[] e = Arrays.stream(z).map(v -> Math.exp(v - top)).toArray();
        double sum = Arrays.stream(e).sum();
        return Arrays.stream(e).map(v -> v / sum).toArray();
    }

    /** diag(p) − ppᵀ. */
    static double[][] jacobian(double[] p) {
        double[][] j = new double[p.length][p.length];
        for (int a = 0; a < p.length; a++) {
            for (int b = 0; b < p.length; b++) j[a][b] = (a == b ? p[a] : 0) - p[a] * p[b];
        }
        return j;
    }

    @Override
    public Plot compute(Values values) {
        double[] p = softmax(Z);
        double[][] j = jacobian(p);
        int k = Z.length;
        double[] eigenvalues = Matrices.symmetricEigen(j).values();
        double[] diagonalGap = new double[k];
        double[] ones = new double[k];
        Arrays.fill(ones, 1);
        for (int a = 0; a < k; a++) diagonalGap[a] = j[a][a] - p[a] * (1 - p[a]);
        Plot.Table probabilities = new Plot.Table("p = softmax(z) at z = " + Numbers.vector(Z, 0),
                List.of("p₁", "p₂", "p₃", "p₄"), List.of(Arrays.stream(p).mapToObj(v -> Numbers.fixed(v, 4)).toList()));
        Plot.Table matrix = new Plot.Table("J = diag(p) − ppᵀ", Numbers.columns(k, ""), Numbers.rows(j, 6, "row"));
        Plot.Checks checks = new Plot.Checks("Properties", List.of(
                Verdicts.within("symmetric", "max |J − Jᵀ|", Matrices.maxAbsDifference(j, Matrices.transpose(j)),
                        ROUNDING),
                Verdicts.within("J·1 = 0: adding a constant to every logit changes nothing", "max |J·1|",
                        Matrices.maxAbs(Matrices.times(j, ones)), ROUNDING),
                new Plot.Check("positive semi-definite", eigenvalues[0] >= -ROUNDING,
                        "eigenvalues " + Numbers.vector(eigenvalues, 6)),
                Verdicts.same("rank K − 1", "rank", Matrices.rank(j, RANK_TOLERANCE), k - 1),
                Verdicts.within("diagonal p(1 − p)", "max |J_ii − p_i(1 − p_i)|", Matrices.maxAbs(diagonalGap),
                        ROUNDING)));
        return Plots.of(this, "Raising logit i raises p_i by p_i(1 − p_i) and lowers every other p_j by p_i p_j;"
                + " the probabilities always sum to 1, so the direction 1 is lost and the rank is K − 1 = " + (k - 1)
                + ".", probabilities, matrix, checks);
    }
}

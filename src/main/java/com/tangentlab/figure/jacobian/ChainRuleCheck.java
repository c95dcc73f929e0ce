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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Section 1.3: the Jacobian of f∘g as the product J_f(g(x)) J_g(x), against finite differences of f∘g. */
public final class ChainRuleCheck implements Figure {
    static final double STEP = JacobianFdCheck.STEP;
    /** The notebook's tolerance; the finite differences of this smooth map err near 1e-11. */
    static final double TOLERANCE = 1e-7;
    private static final long SEED = 13;

    /** g(x) = A_g x + b_g from R³ to R², then f(y) = σ(A_f y + b_f) from R² to R². */
    record Maps(double[][] ag, double[] bg, double[][] af, double[] bf, double[] x) {
        static Maps drawn() {
            SplittableRandom random = new SplittableRandom(SEED);
            return new Maps(Gaussians.matrix(random, 2, 3, 1), Gaussians.vector(random, 2),
                    Gaussians.matrix(random, 2, 2, 1), Gaussians.vector(random, 2), Gaussians.vector(random, 3));
        }

        double[] g(double[] x) {
            return add(Matrices.times(ag, x), bg);
        }

        double[] f(double[] y) {
            return JacobianSpecialCases.sigmoid(add(Matrices.times(af, y), bf));
        }

        /** J_f(y) = diag(σ′(A_f y + b_f)) A_f. */
        double[][] jacobianF(double[] y) {
            double[] s = f(y);
            double[] slopes = Arrays.stream(s).map(v -> v * (1 - v)).toArray();
            return Matrices.multiply(Matrices.diagonal(slopes), af);
        }

        private static double[] add(double[] a, double[] b) {
            double[] c = a.clone();
            for (int i = 0; i < c.length; i++) c[i] += b[i];
            return c;
        }
    }

    @Override
    public String id() {
        return "chain-rule-check";
    }

    @Override
    public String title() {
        return "The chain rule for Jacobians";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public Plot compute(Values values) {
        Maps maps = Maps.drawn();
        double[][] direct = FiniteDifferences.jacobian(x -> maps.f(maps.g(x)), maps.x(), STEP);
        double[][] chained = Matrices.multiply(maps.jacobianF(maps.g(maps.x())), maps.ag());
        Plot.Table byDifferences = new Plot.Table("J of f∘g by finite differences",
                Numbers.columns(3, ""), Numbers.rows(direct, 6, "row"));
        Plot.Table byChainRule = new Plot.Table("J_f(g(x)) · J_g(x)", Numbers.columns(3, ""),
                Numbers.rows(chained, 6, "row"));
        Plot.Checks checks = new Plot.Checks("Check", List.of(Verdicts.within(
                "the product of the Jacobians equals the Jacobian of the composition", "max difference",
                Matrices.maxAbsDifference(direct, chained), TOLERANCE)));
        return Plots.of(this, "g: R³ → R² is affine and f: R² → R² a sigmoid after an affine map (random, fixed"
                + " seed); the 2 × 2 Jacobian of f at g(x) times the 2 × 3 Jacobian of g gives the 2 × 3 Jacobian"
                + " of f∘g at x = " + Numbers.vector(maps.x(), 3) + ".", byDifferences, byChainRule, checks);
    }
}

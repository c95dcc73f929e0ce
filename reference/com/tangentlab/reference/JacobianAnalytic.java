package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reference for {@code jacobian-analytic}: f(x) = (x0² + x1 x2, e^{x0} − x2²) has the 2 x 3
 * Jacobian [[2 x0, x2, x1], [e^{x0}, 0, −2 x2]].
 */
public final class JacobianAnalytic extends Reference {
    /**
     * Centred differences with this relative step agree with the exact Jacobian to about 1e-8
     * of its norm on every generated input (the worst case is the O(step²) e^{x0} term at x0 = 12).
     */
    static final double STEP = 1e-5;
    /**
     * The agreement asked of the student's J with the finite differences: a hundred times the
     * worst error of the differences themselves, and a hundred times below the smallest change
     * any of the slips below makes (about 1e-4 of ‖J‖, on the large inputs).
     */
    static final double DIFFERENCE_AGREEMENT = 1e-6;

    public JacobianAnalytic() {
        solution("jacobian", args -> jacobian(args.vec(0)));

        generator("order-one", r -> draw(r, -2, 2, 0.2, 2));
        generator("order-ten", r -> draw(r, -6, 2, 2, 20));
        generator("large", r -> draw(r, 4, 12, 1e3, 1e5));

        property("matches-finite-differences", JacobianAnalytic::matchesDifferences);
        property("second-output-ignores-x1", (args, seen, tol) -> tol.negligible(rows(seen)[1][1], Linear.frobenius(rows(seen))));

        misconception("swapped-cross-terms", args -> withEntry(withEntry(jacobian(args.vec(0)), 0, 1, args.vec(0)[1]), 0, 2, args.vec(0)[2]));
        misconception("exp-power-rule", args -> withEntry(jacobian(args.vec(0)), 1, 0, args.vec(0)[0] * Math.exp(args.vec(0)[0] - 1)));
        misconception("square-without-two", args -> withEntry(jacobian(args.vec(0)), 1, 2, -args.vec(0)[2]));
        misconception("square-sign", args -> withEntry(jacobian(args.vec(0)), 1, 2, 2 * args.vec(0)[2]));
    }

    static double[] f(double[] x) {
        return new double[] {x[0] * x[0] + x[1] * x[2], Math.exp(x[0]) - x[2] * x[2]};
    }

    static double[][] jacobian(double[] x) {
        return new double[][] {{2 * x[0], x[2], x[1]}, {Math.exp(x[0]), 0, -2 * x[2]}};
    }

    /**
     * x0 uniform in [x0Low, x0High]; x1 and x2 of opposite signs with magnitudes in
     * [low, high], so that swapping them always changes J by at least 2·low: a draw with
     * x1 ≈ x2 would hide that slip, and the score would depend on the seed.
     */
    private static List<Value> draw(SplittableRandom r, double x0Low, double x0High, double low, double high) {
        double sign = r.nextBoolean() ? 1 : -1;
        return List.of(Gen.vec(new double[] {r.nextDouble(x0Low, x0High), sign * r.nextDouble(low, high),
                -sign * r.nextDouble(low, high)}));
    }

    private static boolean matchesDifferences(Args args, Observed seen, Tolerance tol) {
        double[][] numeric = FiniteDifferences.jacobian(JacobianAnalytic::f, args.vec(0), STEP);
        return Linear.frobenius(Linear.minus(rows(seen), numeric)) <= DIFFERENCE_AGREEMENT * Linear.frobenius(numeric);
    }

    private static double[][] withEntry(double[][] j, int row, int column, double value) {
        j[row][column] = value;
        return j;
    }

    private static double[][] rows(Observed seen) {
        return ((Value.Mat) seen.result()).rows();
    }
}

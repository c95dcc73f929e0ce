package com.tangentlab.reference;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Args;
import com.tangentlab.exercise.Gen;
import com.tangentlab.exercise.Observed;
import com.tangentlab.exercise.Reference;
import com.tangentlab.exercise.Tolerance;
import java.util.List;
import java.util.SplittableRandom;

/** Reference for {@code newton-step}: x − H⁻¹g, computed by solving H p = g. */
public final class NewtonStep extends Reference {
    /**
     * A backward-stable solve leaves a residual ‖H p − g‖ of a few n·ε·‖H‖‖p‖; this factor
     * covers n up to 40 with room to spare, yet stays many orders of magnitude below the
     * residual of any step that solves a different system.
     */
    static final double BACKWARD_ERROR_FACTOR = 1e3;
    private static final double EPSILON = Math.ulp(1.0);

    public NewtonStep() {
        solution("newtonStep", args -> step(args.mat(0), args.vec(1), args.vec(2)));

        generator("well-conditioned", r -> randomSystem(r, Gen.size(r, 2, 6), 10));
        generator("larger", r -> randomSystem(r, Gen.size(r, 20, 40), 1e3));
        generator("ill-conditioned", r -> randomSystem(r, Gen.size(r, 5, 10), 1e8));
        generator("quadratic", NewtonStep::quadratic);

        property("solves-newton-equation", NewtonStep::solvesNewtonEquation);
        property("descent-direction", (args, seen, tol) -> Linear.dot(args.vec(1), move(args, seen)) < 0);

        misconception("sign-flipped", args -> Linear.plus(args.vec(2), Linear.solve(args.mat(0), args.vec(1))));
        misconception("gradient-step", args -> Linear.minus(args.vec(2), args.vec(1)));
        misconception("diagonal-only", NewtonStep::jacobiStep);
    }

    static double[] step(double[][] h, double[] g, double[] x) {
        return Linear.minus(x, Linear.solve(h, g));
    }

    /** A random SPD Hessian with eigenvalues from s to s·κ, and a random gradient and point. */
    private static List<Value> randomSystem(SplittableRandom r, int n, double conditionNumber) {
        double[][] h = Gen.spd(r, n, conditionNumber, r.nextDouble(0.5, 2.0));
        return List.of(Gen.mat(h), Gen.vec(Gen.vector(r, n, 1.0)), Gen.vec(Gen.vector(r, n, 1.0)));
    }

    /** f(x) = ½(x − x*)ᵀH(x − x*): the gradient at x is H(x − x*), and one step lands on x*. */
    private static List<Value> quadratic(SplittableRandom r) {
        int n = Gen.size(r, 3, 8);
        double[][] h = Gen.spd(r, n, 100, 1.0);
        double[] minimum = Gen.vector(r, n, 2.0);
        double[] x = Gen.vector(r, n, 2.0);
        return List.of(Gen.mat(h), Gen.vec(Linear.times(h, Linear.minus(x, minimum))), Gen.vec(x));
    }

    /** ‖H d + g‖ with d = x_new − x is at rounding level of ‖H‖(‖d‖ + ‖x‖): d came from a subtraction. */
    private static boolean solvesNewtonEquation(Args args, Observed seen, Tolerance tol) {
        double[][] h = args.mat(0);
        double[] d = move(args, seen);
        double residual = Linear.norm(Linear.plus(Linear.times(h, d), args.vec(1)));
        double scale = Linear.frobenius(h) * (Linear.norm(d) + Linear.norm(args.vec(2)));
        return residual <= tol.absolute() + BACKWARD_ERROR_FACTOR * EPSILON * scale;
    }

    private static double[] move(Args args, Observed seen) {
        return Linear.minus(((Value.Vec) seen.result()).values(), args.vec(2));
    }

    private static double[] jacobiStep(Args args) {
        double[][] h = args.mat(0);
        double[] g = args.vec(1), x = args.vec(2);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] - g[i] / h[i][i];
        return out;
    }
}

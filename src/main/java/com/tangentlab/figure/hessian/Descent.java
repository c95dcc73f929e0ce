package com.tangentlab.figure.hessian;

import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.calc.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradient descent and Newton's method on f(x, y) = ½(x² + κy²) from (1, 1), the runs that both
 * section 9 figures draw. H = diag(1, κ), so λmax = κ and the minimum is f* = 0 at the origin.
 */
record Descent(double kappa, double rateFraction, List<double[]> gd, List<double[]> newton) {
    static final double[] START = {1, 1};
    static final int GD_STEPS = 50;

    static List<Parameter> parameters() {
        return List.of(new Parameter("kappa", "condition number κ", 1, 100, 1, 25),
                new Parameter("rate", "GD learning rate, as a fraction of 2/λmax", 0.05, 1.1, 0.01, 0.96));
    }

    /** The run at the sliders' defaults, the one a page describes. */
    static Descent atDefaults() {
        return run(name -> parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().value());
    }

    static Descent run(Figure.Values values) {
        double kappa = values.get("kappa");
        double fraction = values.get("rate");
        double eta = fraction * 2 / kappa;
        List<double[]> gd = new ArrayList<>();
        double[] x = START.clone();
        gd.add(x);
        for (int k = 0; k < GD_STEPS; k++) {
            x = new double[] {x[0] - eta * x[0], x[1] - eta * kappa * x[1]};
            gd.add(x);
        }
        double[] g = {START[0], kappa * START[1]};
        double[] newtonStep = {START[0] - g[0], START[1] - g[1] / kappa};
        return new Descent(kappa, fraction, gd, List.of(START.clone(), newtonStep));
    }

    double f(double[] p) {
        return 0.5 * (p[0] * p[0] + kappa * p[1] * p[1]);
    }

    double eta() {
        return rateFraction * 2 / kappa;
    }

    /** The slowest contraction factor of GD, max |1 − ηλ| over the eigenvalues 1 and κ. */
    double contraction() {
        return Math.max(Math.abs(1 - eta()), Math.abs(1 - eta() * kappa));
    }

    String gdName() {
        return "gradient descent, η = " + Numbers.fixed(eta(), 4) + " (" + GD_STEPS + " steps)";
    }
}

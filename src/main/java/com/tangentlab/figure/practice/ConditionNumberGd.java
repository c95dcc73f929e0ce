package com.tangentlab.figure.practice;

import com.tangentlab.figure.Fact;
import com.tangentlab.figure.Figure;
import com.tangentlab.figure.Parameter;
import com.tangentlab.figure.Plot.Axis;
import com.tangentlab.figure.Plot.Chart;
import com.tangentlab.figure.Plot.Check;
import com.tangentlab.figure.Plot.Checks;
import com.tangentlab.figure.Plot.Series;
import com.tangentlab.figure.Plot.Style;
import com.tangentlab.figure.Plot.Table;
import com.tangentlab.figure.Plot;
import com.tangentlab.figure.calc.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ejml.simple.SimpleMatrix;

/** Section 18: gradient descent with step 2/(λmin + λmax) contracts by (κ − 1)/(κ + 1) per step. */
public final class ConditionNumberGd implements Figure {
    static final int DIMENSION = 20;
    static final int STEPS = 500;
    static final double[] KAPPAS = {1, 10, 100, 1000};
    /** The error each curve is timed to, as in the notebook's table. */
    static final double TARGET = 1e-2;
    /** How far above its bound a curve may sit: rounding in H x + g, relative to the start, is far smaller. */
    static final double BOUND_SLACK = 1e-12;
    private static final double SAME_KAPPA = 1e-9;
    /** Distances below this fraction of the start are rounding of x*, not progress; curves end on reaching it. */
    static final double DISTANCE_FLOOR = 1e-15;
    /** The suboptimality is quadratic in the distance, so its floor is the square. */
    static final double GAP_FLOOR = DISTANCE_FLOOR * DISTANCE_FLOOR;
    /** Every early step, where κ = 1 and κ = 10 finish, then every fifth: the curves are smooth there. */
    private static final int[] DRAWN = drawnSteps(20, 5);
    private static final long SEED = 1801;

    @Override
    public String id() {
        return "condition-number-gd";
    }

    @Override
    public String title() {
        return "Condition number and the rate of gradient descent";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("kappa", "chosen condition number κ", 1, 1000, 1, 50));
    }

    @Override
    public List<Fact> facts() {
        double[] rates = new double[KAPPAS.length];
        for (int i = 0; i < rates.length; i++) rates[i] = (KAPPAS[i] - 1) / (KAPPAS[i] + 1);
        return List.of(Fact.of("dimension", DIMENSION), Fact.of("kappas", KAPPAS), Fact.of("rates", rates),
                Fact.of("steps", STEPS));
    }

    /**
     * One run on f = ½ xᵀHx + gᵀx with H's eigenvalues evenly spaced from 1 to κ.
     *
     * @param distance ‖x_k − x*‖ / ‖x_0 − x*‖
     * @param gap      (f(x_k) − f*) / (f(x_0) − f*)
     */
    record Run(double kappa, double rate, double[] distance, double[] gap) {
        /** Steps until the distance ratio first falls below {@link #TARGET}, or -1 if it never does. */
        int stepsToTarget() {
            for (int k = 0; k < distance.length; k++) {
                if (distance[k] < TARGET) return k;
            }
            return -1;
        }

        /** The largest amount by which the distance exceeds its bound rate^k. */
        double worstExcess() {
            double worst = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < distance.length; k++) worst = Math.max(worst, distance[k] - Math.pow(rate, k));
            return worst;
        }
    }

    /** The same rotation, linear term and start for every κ, so only the spectrum differs. */
    static Run run(double kappa) {
        SplittableRandom random = new SplittableRandom(SEED);
        SimpleMatrix q = Linear.orthogonal(random, DIMENSION);
        double[] g = Linear.gaussian(random, DIMENSION, 0.1);
        double[] x = Linear.gaussian(random, DIMENSION, 1);
        double[] eigenvalues = new double[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) eigenvalues[i] = 1 + (kappa - 1) * i / (DIMENSION - 1);
        SimpleMatrix h = q.mult(SimpleMatrix.diag(eigenvalues)).mult(q.transpose());
        double[] optimum = Linear.entries(h.solve(Linear.column(g)).negative());
        double eta = 2 / (1 + kappa);
        double[] distance = new double[STEPS + 1];
        double[] gap = new double[STEPS + 1];
        double[] e0 = Linear.plus(x, -1, optimum);
        for (int k = 0; k <= STEPS; k++) {
            double[] e = Linear.plus(x, -1, optimum);
            distance[k] = Linear.norm(e) / Linear.norm(e0);
            gap[k] = energy(h, e) / energy(h, e0);
            x = Linear.plus(x, -eta, Linear.plus(Linear.times(h, x), 1, g));
        }
        return new Run(kappa, (kappa - 1) / (kappa + 1), distance, gap);
    }

    /** f(x) − f* = ½ eᵀHe with e = x − x*, free of the cancellation in f(x) − f(x*). */
    private static double energy(SimpleMatrix h, double[] e) {
        return 0.5 * Linear.dot(e, Linear.times(h, e));
    }

    @Override
    public Plot compute(Values values) {
        double chosen = values.get("kappa");
        List<Run> runs = new ArrayList<>();
        for (double kappa : KAPPAS) {
            if (Math.abs(kappa - chosen) > SAME_KAPPA) runs.add(run(kappa));
        }
        Run highlighted = run(chosen);
        runs.add(highlighted);
        List<Series> distance = new ArrayList<>();
        List<Series> gap = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        double worstExcess = Double.NEGATIVE_INFINITY;
        for (Run r : runs) {
            String name = "κ = " + Numbers.fixed(r.kappa(), 0) + (r == highlighted ? " (chosen)" : "");
            distance.add(drawn(name, Style.LINE, r.distance(), DISTANCE_FLOOR));
            distance.add(drawn(name + ", bound ρᵏ", Style.DASHED, powers(r.rate(), 1), DISTANCE_FLOOR));
            gap.add(drawn(name, Style.LINE, r.gap(), GAP_FLOOR));
            rows.add(row(r));
            worstExcess = Math.max(worstExcess, r.worstExcess());
        }
        gap.add(drawn("κ = " + Numbers.fixed(chosen, 0) + " (chosen), bound ρ²ᵏ", Style.DASHED,
                powers(highlighted.rate(), 2), GAP_FLOOR));
        String caption = "Gradient descent on 20-dimensional quadratics whose Hessian eigenvalues are spread evenly "
                + "from 1 to κ, with the optimal fixed step η = 2/(λmin + λmax) = 2/(1 + κ). Every eigen-direction "
                + "then shrinks by at most ρ = (κ − 1)/(κ + 1) per step, so the distance to x* stays under ρᵏ "
                + "(dashed) and f − f* under ρ²ᵏ: about (κ/2)·ln(1/ε) steps to reach ε. Curves end once rounding "
                + "takes over (distance below 1e-15).";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Chart("distance to the minimum", Axis.linear("step k"),
                        Axis.logarithmic("‖x_k − x*‖ / ‖x_0 − x*‖ (log scale)"), distance),
                new Chart("suboptimality", Axis.linear("step k"),
                        Axis.logarithmic("(f(x_k) − f*) / (f(x_0) − f*) (log scale)"), gap),
                new Table("steps to reach distance ratio " + TARGET,
                        List.of("κ", "ρ = (κ − 1)/(κ + 1)", "steps taken", "steps the bound guarantees"), rows),
                new Checks("checks", List.of(new Check("every distance stays under its bound ρᵏ",
                        worstExcess <= BOUND_SLACK, "largest excess over ρᵏ: " + Numbers.sci(worstExcess))))));
    }

    private static int[] drawnSteps(int everyStepUntil, int thenEvery) {
        return IntStream.rangeClosed(0, STEPS)
                .filter(k -> k <= everyStepUntil || k % thenEvery == 0).toArray();
    }

    /** The curve up to and including its first point below {@code floor}. */
    private static Series drawn(String name, Style style, double[] ys, double floor) {
        List<double[]> points = new ArrayList<>();
        for (double[] p : Draw.indexedAt(name, style, ys, DRAWN).points()) {
            points.add(p);
            if (p[1] < floor) break;
        }
        return Draw.forLogY(new Series(name, style, points));
    }

    private static double[] powers(double rate, int exponentPerStep) {
        double[] out = new double[STEPS + 1];
        for (int k = 0; k <= STEPS; k++) out[k] = Math.pow(rate, (double) exponentPerStep * k);
        return out;
    }

    private static List<String> row(Run r) {
        int taken = r.stepsToTarget();
        return List.of(Numbers.fixed(r.kappa(), 0), Numbers.fixed(r.rate(), 4),
                taken < 0 ? "more than " + STEPS : String.valueOf(taken), guaranteed(r.rate()));
    }

    /** The first k with ρ^k ≤ {@link #TARGET}. */
    private static String guaranteed(double rate) {
        if (rate == 0) return "1";
        return String.valueOf((int) Math.ceil(Math.log(TARGET) / Math.log(rate)));
    }
}

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

/** Section 19: a batch weight gradient Σ δ_i x_iᵀ / N is a sum of rank-one terms, often of low effective rank. */
public final class LoraGradientRank implements Figure {
    static final int OUTPUTS = 64;
    static final int INPUTS = 32;
    /** The dimension of the structure the structured inputs and deltas share. */
    static final int LATENT = 4;
    /** Noise added to the structured x and δ, relative to their structured part. */
    static final double NOISE = 0.3;
    /** The notebook's scale of the backpropagated deltas. */
    static final double DELTA_SCALE = 0.1;
    /** Singular values below this fraction of the largest are rounding of exact zeros (a rank above N). */
    static final double RANK_CUTOFF = 1e-10;
    static final double[] ENERGY_LEVELS = {0.90, 0.99};
    private static final long SEED = 1901;

    @Override
    public String id() {
        return "lora-gradient-rank";
    }

    @Override
    public String title() {
        return "The effective rank of a weight gradient";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("batch", "batch size N", 1, 1000, 1, 100));
    }

    @Override
    public List<Fact> facts() {
        return List.of(Fact.of("outputs", OUTPUTS), Fact.of("inputs", INPUTS));
    }

    /** The notebook's setting: x and δ independent Gaussian noise. */
    static SimpleMatrix noiseGradient(int batch) {
        SplittableRandom random = new SplittableRandom(SEED);
        SimpleMatrix x = Linear.gaussian(random, batch, INPUTS, 1);
        SimpleMatrix delta = Linear.gaussian(random, batch, OUTPUTS, DELTA_SCALE);
        return delta.transpose().mult(x).divide(batch);
    }

    /**
     * x_i = B z_i + noise and δ_i = 0.1 (C z_i + noise) with one latent z_i of dimension
     * {@link #LATENT} per sample: the inputs and the errors they cause share a few directions.
     */
    static SimpleMatrix structuredGradient(int batch) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        SimpleMatrix inputMap = Linear.gaussian(random, INPUTS, LATENT, 1 / Math.sqrt(LATENT));
        SimpleMatrix deltaMap = Linear.gaussian(random, OUTPUTS, LATENT, 1 / Math.sqrt(LATENT));
        SimpleMatrix z = Linear.gaussian(random, batch, LATENT, 1);
        SimpleMatrix x = z.mult(inputMap.transpose()).plus(Linear.gaussian(random, batch, INPUTS, NOISE));
        SimpleMatrix delta = z.mult(deltaMap.transpose()).plus(Linear.gaussian(random, batch, OUTPUTS, NOISE))
                .scale(DELTA_SCALE);
        return delta.transpose().mult(x).divide(batch);
    }

    /** Σ_{j ≤ r} σ_j² / Σ σ_j² for r = 1, 2, …. */
    static double[] cumulativeEnergy(double[] singular) {
        double total = 0;
        for (double s : singular) total += s * s;
        double[] out = new double[singular.length];
        double running = 0;
        for (int r = 0; r < singular.length; r++) {
            running += singular[r] * singular[r];
            out[r] = running / total;
        }
        return out;
    }

    /** The smallest r whose leading singular values hold {@code level} of the energy. */
    static int rankFor(double[] energy, double level) {
        for (int r = 0; r < energy.length; r++) {
            if (energy[r] >= level) return r + 1;
        }
        return energy.length;
    }

    static int numericalRank(double[] singular) {
        int rank = 0;
        for (double s : singular) {
            if (s > RANK_CUTOFF * singular[0]) rank++;
        }
        return rank;
    }

    @Override
    public Plot compute(Values values) {
        int batch = values.integer("batch");
        double[] noise = Linear.singularValues(noiseGradient(batch));
        double[] structured = Linear.singularValues(structuredGradient(batch));
        double[] noiseEnergy = cumulativeEnergy(noise);
        double[] structuredEnergy = cumulativeEnergy(structured);
        double[] index = new double[noise.length];
        for (int r = 0; r < index.length; r++) index[r] = r + 1;
        int noiseRank = numericalRank(noise);
        int structuredRank = numericalRank(structured);
        int bound = Math.min(batch, INPUTS);
        String caption = "The gradient of a 64 × 32 linear layer over a batch of N is (1/N) Σ δ_i x_iᵀ, of rank "
                + "at most min(N, 32). With x and δ pure noise, as in the notebook, its energy is spread over many "
                + "directions; when inputs and deltas share a 4-dimensional structure plus noise, a handful of "
                + "directions carry nearly all of it, which is what LoRA's low-rank update exploits.";
        return new Plot(id(), title(), caption, parameters(), List.of(
                new Chart("singular values of the weight gradient", Axis.linear("index"),
                        Axis.logarithmic("singular value (log scale)"), List.of(
                                Draw.forLogY(Plots.series("pure noise", Style.LINE, index, aboveCutoff(noise))),
                                Draw.forLogY(Plots.series("4-dim structure + noise", Style.LINE, index,
                                        aboveCutoff(structured))))),
                new Chart("cumulative energy", Axis.linear("rank r"), new Axis("energy captured", false, 0.0, 1.0),
                        List.of(Plots.series("pure noise", Style.LINE, index, noiseEnergy),
                                Plots.series("4-dim structure + noise", Style.LINE, index, structuredEnergy),
                                Draw.level("90%", ENERGY_LEVELS[0], 1, INPUTS),
                                Draw.level("99%", ENERGY_LEVELS[1], 1, INPUTS))),
                new Table("rank needed, batch N = " + batch + " (full rank " + INPUTS + ")",
                        List.of("x and δ", "numerical rank", "rank for 90%", "rank for 99%"), List.of(
                                List.of("pure noise", String.valueOf(noiseRank),
                                        String.valueOf(rankFor(noiseEnergy, ENERGY_LEVELS[0])),
                                        String.valueOf(rankFor(noiseEnergy, ENERGY_LEVELS[1]))),
                                List.of("4-dim structure + noise", String.valueOf(structuredRank),
                                        String.valueOf(rankFor(structuredEnergy, ENERGY_LEVELS[0])),
                                        String.valueOf(rankFor(structuredEnergy, ENERGY_LEVELS[1]))))),
                new Checks("checks", List.of(new Check("a sum of N rank-one terms has rank at most min(N, 32)",
                        noiseRank <= bound && structuredRank <= bound,
                        "ranks " + noiseRank + " and " + structuredRank + " with N = " + batch
                                + " (singular values below " + Numbers.sci(RANK_CUTOFF) + " σ₁ count as zero)")))));
    }

    /** Singular values that are rounding of exact zeros are left off the log axis. */
    private static double[] aboveCutoff(double[] singular) {
        double[] out = singular.clone();
        for (int r = 0; r < out.length; r++) {
            if (out[r] <= RANK_CUTOFF * singular[0]) out[r] = 0;
        }
        return out;
    }
}

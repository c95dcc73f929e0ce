package com.tangentlab.similarity;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.StoredSubmission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The similarity report of an exercise (each student's latest submission against every other) and pair views. */
public final class NearDuplicates {
    /**
     * Pairs at or above this similarity are reported by default. Independent solutions of these
     * short exercises share loop headers and the signature, which stay well below it; a copy
     * whose names, numbers, layout and comments were changed scores 1.
     */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /**
     * Most similar first; among equals, code that fewer students handed in (a short exercise's
     * right answer converges, a shared wrong one does not), then the pair handed in closest
     * together.
     */
    private static final Comparator<SimilarPair> MOST_TELLING_FIRST = Comparator
            .comparingDouble(SimilarPair::similarity).reversed()
            .thenComparingInt(SimilarPair::sameCode)
            .thenComparing(p -> Duration.between(p.a().submittedAt(), p.b().submittedAt()).abs())
            .thenComparing(p -> p.a().student()).thenComparing(p -> p.b().student());

    /** Time a whole report may take; pairs left when it runs out are not compared, and the report says so. */
    public static final Duration REPORT_BUDGET = Duration.ofSeconds(5);
    /** Time one pair view may take. */
    public static final Duration PAIR_BUDGET = SimilarityMeasure.COMPARISON_BUDGET;

    private final ClassSubmissions submissions;
    private final SimilarityWorkers workers;

    public NearDuplicates(ClassSubmissions submissions, SimilarityWorkers workers) {
        this.submissions = submissions;
        this.workers = workers;
    }

    /** Each student's latest submission against every other, within {@link #REPORT_BUDGET}. */
    public SimilarityReport report(Exercise exercise, double threshold) {
        return workers.run(() -> report(exercise, threshold, WorkBudget.of(REPORT_BUDGET)), REPORT_BUDGET);
    }

    private SimilarityReport report(Exercise exercise, double threshold, WorkBudget budget) {
        String[] starter = SimilarityMeasure.starterTexts(starter(exercise));
        List<StoredSubmission> latest = submissions.latestPerStudent(exercise.id()).stream()
                .map(Attempt::submission).toList();
        List<Fingerprint> prints = latest.stream().map(s -> SimilarityMeasure.fingerprint(s.code(), starter,
                budget.atMost(SimilarityMeasure.COMPARISON_BUDGET))).toList();
        Map<List<String>, Long> sameCode = prints.stream()
                .collect(Collectors.groupingBy(Fingerprint::textList, Collectors.counting()));
        List<SimilarPair> pairs = new ArrayList<>();
        int n = latest.size();
        int compared = 0;
        for (int i = 0; i < n && !budget.exhausted(); i++) {
            for (int j = i + 1; j < n && !budget.exhausted(); j++) {
                SimilarityMeasure.Comparison c = SimilarityMeasure.compare(prints.get(i), prints.get(j),
                        budget.atMost(SimilarityMeasure.COMPARISON_BUDGET));
                compared++;
                if (c.similarity() >= threshold) {
                    pairs.add(new SimilarPair(latest.get(i), latest.get(j), c.similarity(), c.coveredTokens(),
                            sameCode.get(prints.get(i).textList()).intValue(), c.truncation().note()));
                }
            }
        }
        pairs.sort(MOST_TELLING_FIRST);
        int all = n * (n - 1) / 2;
        String truncated = compared == all ? null : "the report's time budget of " + REPORT_BUDGET.toSeconds()
                + " s ran out after " + compared + " of " + all + " pairs";
        return new SimilarityReport(exercise.id(), threshold, SimilarityMeasure.MINIMUM_MATCH, n, compared, pairs,
                truncated);
    }

    /** Any two submissions of one exercise, with the lines each shared run spans on both sides, within {@link #PAIR_BUDGET}. */
    public PairView pair(Exercise exercise, StoredSubmission a, StoredSubmission b) {
        return workers.run(() -> pair(exercise, a, b, WorkBudget.of(PAIR_BUDGET)), PAIR_BUDGET);
    }

    private static PairView pair(Exercise exercise, StoredSubmission a, StoredSubmission b, WorkBudget budget) {
        String[] starter = SimilarityMeasure.starterTexts(starter(exercise));
        Fingerprint x = SimilarityMeasure.fingerprint(a.code(), starter, budget);
        Fingerprint y = SimilarityMeasure.fingerprint(b.code(), starter, budget);
        SimilarityMeasure.Comparison c = SimilarityMeasure.compare(x, y, budget);
        List<PairView.Region> regions = c.tiles().stream()
                .sorted(Comparator.comparingInt(Tile::a))
                .map(t -> new PairView.Region(x.tokens().get(t.a()).line(),
                        x.tokens().get(t.a() + t.length() - 1).line(), y.tokens().get(t.b()).line(),
                        y.tokens().get(t.b() + t.length() - 1).line(), t.length()))
                .toList();
        return new PairView(a, b, c.similarity(), regions, c.truncation().note());
    }

    private static String starter(Exercise exercise) {
        try {
            return Files.readString(exercise.starterFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter of " + exercise.id(), e);
        }
    }
}

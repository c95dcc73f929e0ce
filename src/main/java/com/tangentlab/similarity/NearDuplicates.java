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

    private final ClassSubmissions submissions;

    public NearDuplicates(ClassSubmissions submissions) {
        this.submissions = submissions;
    }

    public SimilarityReport report(Exercise exercise, double threshold) {
        String starter = starter(exercise);
        List<StoredSubmission> latest = submissions.latestPerStudent(exercise.id()).stream()
                .map(Attempt::submission).toList();
        List<Fingerprint> prints = latest.stream().map(s -> SimilarityMeasure.fingerprint(s.code(), starter))
                .toList();
        Map<List<String>, Long> sameCode = prints.stream()
                .collect(Collectors.groupingBy(Fingerprint::texts, Collectors.counting()));
        List<SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            for (int j = i + 1; j < latest.size(); j++) {
                SimilarityMeasure.Comparison c = SimilarityMeasure.compare(prints.get(i), prints.get(j));
                if (c.similarity() >= threshold) {
                    pairs.add(new SimilarPair(latest.get(i), latest.get(j), c.similarity(), c.coveredTokens(),
                            sameCode.get(prints.get(i).texts()).intValue()));
                }
            }
        }
        pairs.sort(MOST_TELLING_FIRST);
        int n = latest.size();
        return new SimilarityReport(exercise.id(), threshold, SimilarityMeasure.MINIMUM_MATCH, n, n * (n - 1) / 2,
                pairs);
    }

    /** Any two submissions of one exercise, with the lines each shared run spans on both sides. */
    public PairView pair(Exercise exercise, StoredSubmission a, StoredSubmission b) {
        String starter = starter(exercise);
        Fingerprint x = SimilarityMeasure.fingerprint(a.code(), starter);
        Fingerprint y = SimilarityMeasure.fingerprint(b.code(), starter);
        SimilarityMeasure.Comparison c = SimilarityMeasure.compare(x, y);
        List<PairView.Region> regions = c.tiles().stream()
                .sorted(Comparator.comparingInt(Tile::a))
                .map(t -> new PairView.Region(x.tokens().get(t.a()).line(),
                        x.tokens().get(t.a() + t.length() - 1).line(), y.tokens().get(t.b()).line(),
                        y.tokens().get(t.b() + t.length() - 1).line(), t.length()))
                .toList();
        return new PairView(a, b, c.similarity(), regions);
    }

    private static String starter(Exercise exercise) {
        try {
            return Files.readString(exercise.starterFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter of " + exercise.id(), e);
        }
    }
}

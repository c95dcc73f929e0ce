package com.tangentlab.bench.load;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One known sample a simulated student submits, with the section page it is on and the outcome its
 * exercise declares for it, so that every grade the benchmark waits for is also checked.
 */
record Task(String exerciseId, String sectionPage, String code, String expectedStatus, double expectedScore) {
    /** Scores are rounded to hundredths, so a declared score is met within half of that and some. */
    private static final double SCORE_TOLERANCE = 0.006;

    /** Every sample of every exercise, right and wrong, in an order shuffled by {@code seed}. */
    static List<Task> mix(ExerciseCatalog catalog, long seed) {
        List<Task> tasks = new ArrayList<>();
        for (Exercise e : catalog.all()) {
            for (Exercise.Sample s : e.samples()) {
                tasks.add(new Task(e.id(), SectionNumbers.page(e.section()), read(s), s.status(), s.score()));
            }
        }
        if (tasks.isEmpty()) throw new IllegalStateException("no exercise has samples for the simulated students");
        Collections.shuffle(tasks, new Random(seed));
        return List.copyOf(tasks);
    }

    boolean expects(String status, double score) {
        return expectedStatus.equals(status) && Math.abs(score - expectedScore) <= SCORE_TOLERANCE;
    }

    private static String read(Exercise.Sample s) {
        try {
            return Files.readString(s.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

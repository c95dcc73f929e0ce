package com.tangentlab.check;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Grades what each exercise ships with, to catch an exercise whose tests no longer tell right
 * from wrong: the starter, which does nothing yet, must earn nothing; every exercise must keep a
 * trivial sample (zeros, a constant), which must score 0 and be told why; and every known sample
 * must get exactly the status and score its exercise.yaml declares.
 */
public final class SelfTest {
    /** Scores are rounded to hundredths, so a declared score is met within half of that and some. */
    public static final double SCORE_TOLERANCE = 0.01;

    private final Judge judge;

    public SelfTest(Judge judge) {
        this.judge = judge;
    }

    /** One graded file and whether its outcome was the expected one. */
    public record Check(String exercise, String file, String expected, String actual, boolean passed) {
        @Override
        public String toString() {
            return (passed ? "PASS " : "FAIL ") + exercise + "/" + file + ": expected " + expected + ", got " + actual;
        }
    }

    /** Every check of one run, with the seed its hidden tests were drawn from. */
    public record Report(long seed, List<Check> checks) {
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        public List<Check> failures() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("self-test with seed ").append(seed).append('\n');
            checks.forEach(c -> text.append("  ").append(c).append('\n'));
            return text.append(failures().size()).append(" of ").append(checks.size()).append(" checks failed").toString();
        }
    }

    public Report run(Collection<Exercise> exercises, long seed) {
        List<Check> checks = new ArrayList<>();
        for (Exercise exercise : exercises) {
            checks.add(checkStarter(exercise, seed));
            checks.add(checkKeepsTrivialSample(exercise));
            exercise.samples().forEach(sample -> checks.add(checkSample(exercise, sample, seed)));
        }
        return new Report(seed, List.copyOf(checks));
    }

    /** The starter compiles and runs, and earns nothing: it returns zeros or a constant until completed. */
    Check checkStarter(Exercise exercise, long seed) {
        Grade grade = judge.grade(exercise, read(exercise.starterFile()), seed);
        boolean passed = grade.status() == Status.GRADED && grade.score() == 0;
        return new Check(exercise.id(), "starter.jsh", Status.GRADED.label() + " " + format(0), describe(grade),
                passed);
    }

    /** The exercise declares a trivial sample, so the rule that such answers earn nothing is checked on it. */
    static Check checkKeepsTrivialSample(Exercise exercise) {
        List<String> trivial = exercise.samples().stream().filter(Exercise.Sample::trivial)
                .map(s -> s.file().getFileName().toString()).toList();
        return new Check(exercise.id(), "samples", "a sample declared trivial",
                trivial.isEmpty() ? "none" : String.join(", ", trivial), !trivial.isEmpty());
    }

    Check checkSample(Exercise exercise, Exercise.Sample sample, long seed) {
        Grade grade = judge.grade(exercise, read(sample.file()), seed);
        boolean passed = grade.status().label().equals(sample.status())
                && Math.abs(grade.score() - sample.score()) <= SCORE_TOLERANCE
                && (sample.misconception() == null || showsHintOf(exercise, sample.misconception(), grade))
                && (!sample.trivial() || showsTrivialHint(exercise, grade));
        String expected = sample.status() + " " + format(sample.score())
                + (sample.misconception() == null ? "" : " with the hint of " + sample.misconception())
                + (sample.trivial() ? " with the hint of a trivial answer" : "");
        return new Check(exercise.id(), sample.file().getFileName().toString(), expected, describe(grade), passed);
    }

    /** Whether some test of the grade carries the hint that names this misconception. */
    private static boolean showsHintOf(Exercise exercise, String misconception, Grade grade) {
        String hint = exercise.misconceptions().stream().filter(m -> m.name().equals(misconception))
                .map(Exercise.Hinted::hint).findFirst().orElseThrow();
        return grade.tests().stream().anyMatch(t -> hint.equals(t.hint()));
    }

    /** Whether some test carries the hint that one of the exercise's functions gave a trivial answer. */
    private static boolean showsTrivialHint(Exercise exercise, Grade grade) {
        return grade.tests().stream().anyMatch(t -> exercise.signatures().stream()
                .anyMatch(s -> Feedback.trivialHint(s.name()).equals(t.hint())));
    }

    private static String describe(Grade grade) {
        return grade.status().label() + " " + format(grade.score()) + " (" + grade.message() + ")";
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.sandbox.Host;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grades every exercise's starter and known samples in the real sandbox. */
class SelfTestTest {
    private static Settings settings;
    private static ExerciseCatalog catalog;
    private static AgentPool pool;
    private static Judge judge;

    @BeforeAll
    static void startSandbox() {
        settings = Settings.fromEnvironment();
        catalog = ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir());
        pool = new AgentPool(settings, Host.probe(settings.isolation()));
        judge = new Judge(pool, settings);
    }

    @AfterAll
    static void stopSandbox() {
        pool.close();
    }

    /** Two unrelated seeds: a sample whose score depended on the drawn inputs would differ on one. */
    @ParameterizedTest
    @ValueSource(longs = {20240611L, -7L})
    void everyStarterFallsShortAndEverySampleGetsItsDeclaredOutcome(long seed) {
        SelfTest.Report report = new SelfTest(judge).run(catalog.all(), seed);

        assertFalse(report.checks().isEmpty(), "the self-test checked nothing");
        assertTrue(report.passed(), report::toString);
    }

    @Test
    void theReferenceSolutionOfEveryExerciseEarnsFullMarks() throws IOException {
        long seed = 31L;
        for (Exercise exercise : catalog.all()) {
            String correct = Files.readString(settings.samplesDir().resolve(exercise.id()).resolve("correct.jsh"));

            Grade grade = judge.grade(exercise, correct, seed);

            assertEquals(Status.GRADED, grade.status(), exercise.id() + ": " + grade.message());
            assertEquals(exercise.points(), grade.score(), SelfTest.SCORE_TOLERANCE, exercise.id() + ": " + grade.message());
        }
    }

    @Test
    void aSampleDeclaredWithTheWrongScoreIsReportedAsAFailure() {
        Exercise exercise = catalog.find("newton-step").orElseThrow();
        Exercise.Sample correct = exercise.samples().get(0);
        Exercise.Sample misdeclared = new Exercise.Sample(correct.file(), correct.status(), correct.score() - 1, null,
                false);

        SelfTest.Check check = new SelfTest(judge).checkSample(exercise, misdeclared, 5L);

        assertFalse(check.passed(), check::toString);
    }

    @Test
    void aSampleDeclaredTrivialThatEarnsPointsOrIsNotToldItIsTrivialIsReportedAsAFailure() {
        Exercise softmax = catalog.find("softmax-jacobian").orElseThrow();
        Path samples = settings.samplesDir().resolve("softmax-jacobian");
        SelfTest selfTest = new SelfTest(judge);

        SelfTest.Check zeros = selfTest.checkSample(softmax, trivial(samples.resolve("zeros.jsh"), 0), 5L);
        SelfTest.Check correct = selfTest.checkSample(softmax, trivial(samples.resolve("correct.jsh"), 0), 5L);
        SelfTest.Check diagonal = selfTest.checkSample(softmax, trivial(samples.resolve("diagonal-only.jsh"), 0.59), 5L);

        assertTrue(zeros.passed(), zeros::toString);
        assertFalse(correct.passed(), correct::toString);
        assertFalse(diagonal.passed(), "a real answer's score without the hint of a trivial one: " + diagonal);
    }

    @Test
    void anExerciseThatKeepsNoTrivialSampleIsReportedAsAFailure() {
        Exercise softmax = catalog.find("softmax-jacobian").orElseThrow();
        Exercise withoutTrivial = withSamples(softmax, softmax.samples().stream().filter(s -> !s.trivial()).toList());

        assertTrue(SelfTest.checkKeepsTrivialSample(softmax).passed());
        assertFalse(SelfTest.checkKeepsTrivialSample(withoutTrivial).passed());
    }

    private static Exercise.Sample trivial(Path file, double score) {
        return new Exercise.Sample(file, Status.GRADED.label(), score, null, true);
    }

    private static Exercise withSamples(Exercise e, List<Exercise.Sample> samples) {
        return new Exercise(e.id(), e.title(), e.section(), e.points(), e.timeLimit(), e.folder(), e.signatures(),
                e.tolerance(), e.examples(), e.tests(), e.properties(), e.misconceptions(), samples, e.reference());
    }
}

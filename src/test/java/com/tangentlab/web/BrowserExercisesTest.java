package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * Every exercise of the chapter, solved in the browser as a student would: on its section page,
 * the correct answer gets full marks, and a known misconception gets the hint that names it.
 */
class BrowserExercisesTest {
    /** Thirty submissions by one student in a few minutes: far above a student's pace, so lift the limit. */
    private static final int SUBMISSIONS_PER_MINUTE = 200;

    @RegisterExtension
    static final BrowserExtension web = BrowserExtension.server(w -> w.withSubmissionsPerMinute(SUBMISSIONS_PER_MINUTE))
            .oneBrowserPerClass().signedInAs("alice");

    static Stream<Exercise> exercises() {
        return ExerciseCatalog.load(Path.of("exercises"), Path.of("reference/samples")).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void theCorrectAnswerGetsFullMarksAndAMisconceptionGetsItsHint(Exercise exercise, Browser browser) throws IOException {
        String id = exercise.id();
        browser.openSection(exercise.section().split("\\.")[0], id);

        browser.setCode(id, Files.readString(sample(exercise, "correct.jsh")));
        WebElement right = browser.clickAndAwaitOutcome(id, "button.submit");
        assertEquals("graded", right.getAttribute("data-status"), right.getText());
        assertTrue(right.getText().contains("full marks"), right.getText());

        Exercise.Sample wrong = exercise.samples().stream().filter(s -> s.misconception() != null).findFirst()
                .orElseThrow(() -> new AssertionError(id + " declares no sample of a misconception"));
        String hint = exercise.misconceptions().stream().filter(m -> m.name().equals(wrong.misconception()))
                .findFirst().orElseThrow().hint();
        browser.setCode(id, Files.readString(wrong.file()));
        WebElement taught = browser.clickAndAwaitOutcome(id, "button.submit");
        assertTrue(taught.getText().contains(hint), wrong.file().getFileName() + " should be told: " + hint
                + "\nbut the page says: " + taught.getText());
        browser.screenshot("exercise-" + id);
    }

    private static Path sample(Exercise exercise, String file) {
        return Path.of("reference/samples", exercise.id(), file);
    }
}

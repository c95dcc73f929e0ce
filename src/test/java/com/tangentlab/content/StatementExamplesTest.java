package com.tangentlab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.ExerciseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every worked example of every statement is what its reference computes; a wrong one fails naming its exercise. */
class StatementExamplesTest {
    private static final Path EXERCISES = Path.of("exercises");
    private static final Path SAMPLES = Path.of("reference/samples");
    /** A statement that gives an example in its prose: "Example:", "Examples:" or "For example". */
    private static final Pattern GIVES_AN_EXAMPLE = Pattern.compile("\\bExamples?:|\\bFor example\\b");

    @TempDir
    Path folder;

    static Stream<Exercise> exercises() {
        return ExerciseCatalog.load(EXERCISES, SAMPLES).all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyWorkedExampleOfTheStatementIsWhatTheReferenceComputes(Exercise exercise) throws IOException {
        List<StatementExamples.Checked> checked = StatementExamples.check(exercise);

        checked.forEach(c -> assertTrue(c.agrees(), c.describe()));
        boolean givesOne = GIVES_AN_EXAMPLE.matcher(Files.readString(exercise.statementFile())).find();
        assertEquals(givesOne, !checked.isEmpty(), exercise.id() + ": a statement that gives an example in its prose"
                + " writes it in an example block, and only such a statement has one");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // The worked example this check was written for: its two diagonal entries swapped.
        "unit-norm-jacobian | = [[0.128, -0.096, 0], [-0.096, 0.072, 0], [0, 0, 0.2]] | = [[0.072, -0.096, 0], [-0.096, 0.128, 0], [0, 0, 0.2]]"
                + " | the statement says [[0.072, -0.096, 0], [-0.096, 0.128, 0], [0, 0, 0.2]], the reference gives",
        "classify-critical-point | classify([[-1, 0, 0], [0, -2, 0], [0, 0, 4]])\\n= \"saddle\" | classify([[-1, 0, 0], [0, -2, 0], [0, 0, 4]])\\n= \"minimum\""
                + " | the statement says \"minimum\", the reference gives \"saddle\"",
        // Just below 3, but not by 1e-9 relative: the exercise's tolerance decides.
        "power-iteration | = 2.999670822 | = 2.99967 | the statement says 2.99967, the reference gives 2.99967",
        "newton-step | newtonStep([[1, 0], [0, 25]], [1, 25], [1, 1]) | newtonStep([[1, 0], [0, 25]], [1, 25]) | cannot be computed: 2 arguments given to newtonStep",
        "newton-step | newtonStep([[1, 0], [0, 25]], [1, 25], [1, 1]) | newtonStepp([[1, 0], [0, 25]], [1, 25], [1, 1]) | cannot be computed: newton-step has no function newtonStepp",
        "newton-step | = [0, 0] | = zero | cannot be computed: expected a list of numbers",
        "newton-step | = [0, 0] | | an example block holds a call, then a line starting with '=' and its result",
    })
    void aStatementWithAWrongExampleFailsAndNamesItsExercise(String id, String right, String wrong, String fault)
            throws IOException {
        Exercise copy = copyWith(id, right.replace("\\n", "\n"), wrong == null ? "" : wrong.replace("\\n", "\n"));

        List<StatementExamples.Checked> faulty = StatementExamples.check(copy).stream().filter(c -> !c.agrees()).toList();

        assertEquals(1, faulty.size(), faulty.toString());
        assertTrue(faulty.get(0).describe().startsWith(id + ": statement example "), faulty.get(0).describe());
        assertTrue(faulty.get(0).fault().contains(fault), faulty.get(0).fault());
    }

    @Test
    void aStatementWithoutExampleBlocksHasNothingToCheck() {
        assertTrue(StatementExamples.read("Prose with $x = 1$ and ```java\nint x = 1;\n``` code.").isEmpty());
        assertFalse(StatementExamples.read("```example\nf([1])\n= 2\n```").isEmpty());
    }

    /** The exercise loaded from a copy of its folder whose statement has {@code right} replaced by {@code wrong}. */
    private Exercise copyWith(String id, String right, String wrong) throws IOException {
        Path source = EXERCISES.resolve(id);
        Path target = Files.createDirectories(folder.resolve(id));
        for (String file : List.of("exercise.yaml", "starter.jsh")) Files.copy(source.resolve(file), target.resolve(file));
        String statement = Files.readString(source.resolve("statement.md"));
        assertTrue(statement.contains(right), id + "'s statement no longer holds " + right);
        Files.writeString(target.resolve("statement.md"), statement.replace(right, wrong));
        return ExerciseLoader.load(target, SAMPLES);
    }
}

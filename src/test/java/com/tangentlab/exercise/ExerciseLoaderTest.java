package com.tangentlab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken exercise folder is refused at load time, with the folder and the fault named. */
class ExerciseLoaderTest {
    private static final String VALID = """
            id: tiny-softmax
            title: A tiny softmax exercise
            section: "3"
            points: 1
            timeLimitMs: 3000
            reference: SoftmaxJacobian
            signatures:
              - "double[][] softmaxJacobian(double[] z)"
            tests:
              - {name: small logits, generator: small}
            """;

    @TempDir
    Path root;

    @Test
    void aWellFormedFolderLoads() throws IOException {
        Path folder = exerciseFolder("tiny-softmax", VALID);

        Exercise exercise = ExerciseLoader.load(folder, root.resolve("samples"));

        assertEquals("tiny-softmax", exercise.id());
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws IOException {
        Path folder = exerciseFolder("tiny-softmax", VALID + "difficulty: hard\n");

        assertRefused(folder, "difficulty");
    }

    @Test
    void aSignatureTheReferenceDoesNotSolveIsRefused() throws IOException {
        String yaml = VALID.replace("softmaxJacobian(double[] z)", "softmaxHessian(double[] z)");
        Path folder = exerciseFolder("tiny-softmax", yaml);

        assertRefused(folder, "reference SoftmaxJacobian has no solution for softmaxHessian");
    }

    @Test
    void anIdThatDiffersFromTheFolderNameIsRefused() throws IOException {
        Path folder = exerciseFolder("another-name", VALID);

        assertRefused(folder, "id 'tiny-softmax' must equal the folder name");
    }

    @Test
    void aSampleNamingAnUndeclaredMisconceptionIsRefused() throws IOException {
        Path folder = exerciseFolder("tiny-softmax", VALID + """
                samples:
                  - {file: wrong.jsh, status: graded, score: 0.5, misconception: missing-outer-product}
                """);
        Files.createDirectories(root.resolve("samples/tiny-softmax"));
        Files.writeString(root.resolve("samples/tiny-softmax/wrong.jsh"), "// a wrong answer\n");

        assertRefused(folder, "sample wrong.jsh names misconception 'missing-outer-product', which is not declared");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a trivial sample declared with a score above 0 | graded, score: 0.01",
        "a trivial sample declared as another outcome   | compile_error, score: 0"})
    void aTrivialSampleMustBeDeclaredGradedWithScoreZero(String declaration, String outcome) throws IOException {
        Path folder = exerciseFolder("tiny-softmax", VALID + """
                samples:
                  - {file: zeros.jsh, status: %s, trivial: true}
                """.formatted(outcome));
        Files.createDirectories(root.resolve("samples/tiny-softmax"));
        Files.writeString(root.resolve("samples/tiny-softmax/zeros.jsh"), "// a zero matrix\n");

        assertRefused(folder, "sample zeros.jsh is trivial, so it must be declared graded with score 0");
    }

    @Test
    void aTrivialSampleDeclaredGradedWithScoreZeroLoads() throws IOException {
        Path folder = exerciseFolder("tiny-softmax", VALID + """
                samples:
                  - {file: zeros.jsh, status: graded, score: 0, trivial: true}
                  - {file: wrong.jsh, status: graded, score: 0.5}
                """);
        Files.createDirectories(root.resolve("samples/tiny-softmax"));
        Files.writeString(root.resolve("samples/tiny-softmax/zeros.jsh"), "// a zero matrix\n");
        Files.writeString(root.resolve("samples/tiny-softmax/wrong.jsh"), "// a wrong answer\n");

        Exercise exercise = ExerciseLoader.load(folder, root.resolve("samples"));

        assertEquals(List.of(true, false), exercise.samples().stream().map(Exercise.Sample::trivial).toList());
    }

    private Path exerciseFolder(String name, String yaml) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Files.writeString(folder.resolve("exercise.yaml"), yaml);
        Files.writeString(folder.resolve("statement.md"), "# A tiny exercise\n");
        Files.writeString(folder.resolve("starter.jsh"), "double[][] softmaxJacobian(double[] z) { return null; }\n");
        return folder;
    }

    private void assertRefused(Path folder, String problem) {
        InvalidExerciseException refused = assertThrows(InvalidExerciseException.class,
                () -> ExerciseLoader.load(folder, root.resolve("samples")));
        assertTrue(refused.getMessage().contains(folder.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(problem), refused.getMessage());
    }
}

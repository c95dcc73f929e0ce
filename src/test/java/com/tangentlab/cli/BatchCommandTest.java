package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tangentlab.TestExercises;
import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private Path exercises;

    @BeforeEach
    void copyExercises(@TempDir Path into) throws IOException {
        exercises = TestExercises.copyWithRoomyTimeLimit(into);
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine(Settings.fromEnvironment().withExercisesDir(exercises));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aMissingFolderIsAUsageErrorWithExitStatus2() {
        assertEquals(2, run("grade", folder.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("no such folder"), err.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitStatus2() {
        assertEquals(2, run("grade", folder.toString(), "--no-such-option"));
    }

    @Test
    void noSubcommandIsAUsageErrorWithExitStatus2() {
        assertEquals(2, run());
    }

    @Test
    void gradeWritesTheCsvTheJsonAndTheDatabase() throws Exception {
        Files.createDirectories(folder.resolve("in/alice"));
        Files.copy(Path.of("reference/samples/softmax-jacobian/correct.jsh"),
                folder.resolve("in/alice/softmax-jacobian.jsh"));
        Path csv = folder.resolve("grades.csv");
        Path json = folder.resolve("details.json");

        int status = run("grade", folder.resolve("in").toString(), "--out", csv.toString(), "--json",
                json.toString(), "--db", "jdbc:h2:mem:cli-" + UUID.randomUUID(), "--jobs", "1");

        assertEquals(0, status, err.toString());
        assertEquals(List.of("student,exercise,score,max_score,status,message",
                "alice,softmax-jacobian,10,10,graded,\"11 of 11 tests passed, 3 of 3 property checks held\""),
                Files.readAllLines(csv));
        JsonNode alice = new ObjectMapper().readTree(json.toFile()).get("submissions").get(0);
        assertEquals("graded", alice.get("status").asText());
        assertTrue(alice.get("tests").size() > 0 && alice.get("tests").get(0).has("maxPoints"));
        assertTrue(alice.get("submissionId").isNumber() && alice.has("diagnostics"));
    }

    /** javac overflowed its stack on this file and the whole batch once ended with no CSV at all. */
    @Test
    void aFileTooDeepToCompileIsACompileErrorRowAndTheBatchEndsNormally() throws Exception {
        Files.createDirectories(folder.resolve("in/alice"));
        Files.createDirectories(folder.resolve("in/mallory"));
        Files.copy(Path.of("reference/samples/softmax-jacobian/correct.jsh"),
                folder.resolve("in/alice/softmax-jacobian.jsh"));
        Files.copy(Path.of("src/test/resources/hostile/compile-nested-parentheses.jsh"),
                folder.resolve("in/mallory/softmax-jacobian.jsh"));
        Path csv = folder.resolve("grades.csv");

        int status = run("grade", folder.resolve("in").toString(), "--out", csv.toString(),
                "--db", "jdbc:h2:mem:cli-" + UUID.randomUUID(), "--jobs", "1");

        assertEquals(0, status, err.toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("alice,softmax-jacobian,10,10,graded,\"11 of 11 tests passed, 3 of 3 property checks held\"",
                rows.get(1));
        assertTrue(rows.get(2).startsWith("mallory,softmax-jacobian,0,10,compile_error,\"compile error at line 3:"
                + " nested too deeply"), rows.get(2));
        assertTrue(err.toString().lines().noneMatch(line -> line.contains("\tat ")), "a stack trace: " + err);
    }
}

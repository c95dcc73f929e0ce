package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.TestExercises;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two grading processes on one machine, as when an instructor grades a folder on the server's
 * machine: they share the sandbox's uids and folders by lease, so neither kills the other's
 * agents, and every correct submission of both gets full marks.
 */
class ConcurrentGradersTest {
    /** Correct answers per process: each of the 15 exercises, twice. */
    private static final int STUDENTS_PER_PROCESS = 2;
    private static final long PROCESS_PATIENCE_MINUTES = 5;

    @TempDir
    Path work;

    @Test
    void twoGradeRunsAtOnceGiveEveryCorrectSubmissionFullMarks() throws Exception {
        Path exercises = TestExercises.copyWithRoomyTimeLimit(Files.createDirectories(work.resolve("exercises")));
        List<Process> runs = new ArrayList<>();
        try {
            for (String name : List.of("first", "second")) {
                Path folder = correctSubmissions(work.resolve(name));
                runs.add(gradeProcess(name, folder, exercises));
            }
            assertEveryGradeFull(runs);
        } finally {
            runs.forEach(Process::destroyForcibly);
        }
    }

    private void assertEveryGradeFull(List<Process> runs) throws Exception {
        for (int i = 0; i < runs.size(); i++) {
            Process run = runs.get(i);
            assertTrue(run.waitFor(PROCESS_PATIENCE_MINUTES, TimeUnit.MINUTES), "grade run " + i + " did not finish");
            String name = i == 0 ? "first" : "second";
            assertEquals(0, run.exitValue(), name + " run failed: " + Files.readString(work.resolve(name + ".err")));
            List<String> rows = Files.readAllLines(work.resolve(name + ".csv"));
            assertEquals(1 + 15 * STUDENTS_PER_PROCESS, rows.size(), name + ": " + rows);
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", 6);
                assertEquals("graded", cells[4], name + ": " + row);
                assertEquals(cells[3], cells[2], name + " gave less than full marks: " + row);
            }
        }
    }

    /** A folder of every exercise's known correct answer, for a few students. */
    private static Path correctSubmissions(Path folder) throws IOException {
        List<Path> samples;
        try (Stream<Path> dirs = Files.list(Path.of("reference", "samples"))) {
            samples = dirs.map(d -> d.resolve("correct.jsh")).filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(15, samples.size(), "one correct sample per exercise");
        for (int s = 0; s < STUDENTS_PER_PROCESS; s++) {
            Path student = Files.createDirectories(folder.resolve("student" + s));
            for (Path sample : samples) {
                Files.copy(sample, student.resolve(sample.getParent().getFileName() + ".jsh"));
            }
        }
        return folder;
    }

    /** `grade` in a JVM of its own, with its own database and the machine's shared sandbox. */
    private Process gradeProcess(String name, Path folder, Path exercises) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "grade", folder.toString(),
                "--jobs", "2", "--out", work.resolve(name + ".csv").toString(),
                "--db", "jdbc:h2:file:" + work.resolve(name + "-db").resolve("tangentlab"));
        builder.environment().put("TANGENTLAB_EXERCISES_DIR", exercises.toString());
        builder.redirectOutput(work.resolve(name + ".out").toFile());
        builder.redirectError(work.resolve(name + ".err").toFile());
        return builder.start();
    }
}

package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.TestExercises;
import com.tangentlab.app.Services;
import com.tangentlab.config.Settings;
import com.tangentlab.queue.GradingWorkers;
import com.tangentlab.queue.Leases;
import com.tangentlab.queue.WorkerEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code grade DIR --queue} hands the folder to the shared queue, a worker grades it, and the CSV is the one a
 * local {@code grade DIR} writes; nothing is graded by the command itself.
 */
class QueuedGradeTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String CORRECT = "reference/samples/softmax-jacobian/correct.jsh";

    @TempDir
    Path work;

    private Path exercises;
    private Path folder;

    @BeforeEach
    void aFolderOfRightBrokenAndMisnamedFiles() throws IOException {
        exercises = TestExercises.copyWithRoomyTimeLimit(work.resolve("exercises"));
        folder = work.resolve("submissions");
        Files.createDirectories(folder.resolve("alice"));
        Files.createDirectories(folder.resolve("bob"));
        Files.createDirectories(folder.resolve("carol"));
        Files.copy(Path.of(CORRECT), folder.resolve("alice/softmax-jacobian.jsh"));
        Files.writeString(folder.resolve("bob/softmax-jacobian.jsh"), "double[][] softmaxJacobian(double[] z) {\n");
        Files.writeString(folder.resolve("carol/no-such-exercise.jsh"), "int x = 1;\n");
    }

    private int run(StringWriter err, String... args) {
        CommandLine cli = Main.commandLine(Settings.fromEnvironment().withExercisesDir(exercises));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String memoryDatabase() {
        return "jdbc:h2:mem:queued-grade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void aFolderGradedThroughTheQueueGetsTheCsvOfALocalRun() throws Exception {
        String queued = memoryDatabase();
        Path queuedCsv = work.resolve("queued.csv");
        List<WorkerEvent> events = new CopyOnWriteArrayList<>();
        StringWriter err = new StringWriter();
        Settings settings = Settings.fromEnvironment().withExercisesDir(exercises).withDatabaseUrl(queued)
                .withPoolSize(1);
        try (Services services = Services.start(settings);
                GradingWorkers worker = new GradingWorkers(services.catalog(), services.judge(), services.store(),
                        new Leases(services.database().dataSource(), Clock.systemUTC(), LEASE, 3), "test-worker", 1,
                        events::add)) {
            assertEquals(0, run(err, "grade", folder.toString(), "--queue", "--out", queuedCsv.toString(),
                    "--db", queued), err.toString());
        }
        Path localCsv = work.resolve("local.csv");
        assertEquals(0, run(new StringWriter(), "grade", folder.toString(), "--out", localCsv.toString(), "--db",
                memoryDatabase()));

        assertEquals(Files.readString(localCsv), Files.readString(queuedCsv));
        assertEquals(3, Files.readAllLines(queuedCsv).size() - 1, "one row per file");
        assertEquals(2, events.stream().filter(e -> e.kind() == WorkerEvent.Kind.GRADED).count(),
                "the worker graded both gradable files: " + events);
    }

    @Test
    void jobsBelongToTheWorkersNotToAQueuedGrade() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "grade", folder.toString(), "--queue", "--jobs", "2", "--db", memoryDatabase()));
        assertTrue(err.toString().contains("--jobs belongs to the workers"), err.toString());
    }
}

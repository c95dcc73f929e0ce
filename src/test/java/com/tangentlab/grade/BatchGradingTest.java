package com.tangentlab.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.TestExercises;
import com.tangentlab.app.Services;
import com.tangentlab.check.Grader;
import com.tangentlab.check.GradingFailedException;
import com.tangentlab.config.Settings;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades real folders with the real judge and sandbox. */
class BatchGradingTest {
    private static final Path SAMPLES = Path.of("reference/samples/softmax-jacobian");
    private static final int JOBS = 2;

    private static Services services;

    private Database database;
    private SubmissionStore store;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServices(@TempDir Path exercises) throws IOException {
        services = Services.start(Settings.fromEnvironment()
                .withExercisesDir(TestExercises.copyWithRoomyTimeLimit(exercises))
                .withDatabaseUrl("jdbc:h2:mem:batch-services-" + UUID.randomUUID()).withPoolSize(JOBS));
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    @BeforeEach
    void openFreshDatabase() {
        database = Database.open("jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = new SubmissionStore(database.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private BatchReport grade(Progress progress) throws InterruptedException {
        return new BatchGrader(services.catalog(), services.judge(), store, new SecureRandom()::nextLong,
                services.settings().sourceBytes(), JOBS).grade(folder, progress);
    }

    private void submit(String student, String file, byte[] content) throws IOException {
        Files.createDirectories(folder.resolve(student));
        Files.write(folder.resolve(student).resolve(file), content);
    }

    private void submit(String student, String file, String code) throws IOException {
        submit(student, file, code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void submitSample(String student, String sample) throws IOException {
        submit(student, "softmax-jacobian.jsh", Files.readAllBytes(SAMPLES.resolve(sample)));
    }

    /** What each student's row must show: its status, and a check of its score and message. */
    private record Expected(String status, Predicate<BatchRow> check, boolean stored) {}

    @Test
    void aMixedFolderGivesEveryFileARowAndStoresEveryGradableOne() throws Exception {
        submitSample("alice", "correct.jsh");
        submitSample("bob", "diagonal-only.jsh");
        submit("carol", "softmax-jacobian.jsh", "double[][] softmaxJacobian(double[] z) {\n"
                + "    return z.length;\n}\n");
        submitSample("dave", "correct.jsh");
        Files.move(folder.resolve("dave/softmax-jacobian.jsh"), folder.resolve("dave/softmax-hessian.jsh"));
        submit("erin", "softmax-jacobian.jsh", "double[][] softmaxJacobian(double[] z) {\n"
                + "    System.exit(0);\n    return null;\n}\n");
        submit("frank", "softmax-jacobian.jsh", "double[][] softmaxJacobian(double[] z) {\n"
                + "    while (true) { }\n}\n");
        submit("gina", "softmax-jacobian.jsh", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        Map<String, Expected> expected = Map.of(
                "alice", new Expected("graded", r -> r.score() == 10 && r.maxScore() == 10, true),
                "bob", new Expected("graded", r -> r.score() > 0 && r.score() < 10, true),
                "carol", new Expected("compile_error", r -> r.score() == 0 && r.message().contains("line 2"), true),
                "dave", new Expected("unknown_exercise", r -> r.message().contains("softmax-hessian"), false),
                "erin", new Expected("rejected", r -> r.score() == 0, true),
                "frank", new Expected("timeout", r -> r.score() == 0, true),
                "gina", new Expected("unreadable", r -> r.score() == 0 && r.maxScore() == 10, false));

        BatchReport report = grade(Progress.SILENT);

        assertEquals(List.of("alice", "bob", "carol", "dave", "erin", "frank", "gina"),
                report.rows().stream().map(BatchRow::student).toList());
        for (BatchRow row : report.rows()) {
            Expected e = expected.get(row.student());
            assertEquals(e.status(), row.status(), row.student() + ": " + row.message());
            assertTrue(e.check().test(row), row.student() + " has an unexpected row: " + row);
            assertEquals(e.stored(), row.submissionId() != null, row.student() + " stored");
            if (e.stored()) assertStoredAsReported(row);
        }
        assertEquals(List.of(), store.ungraded(SubmissionSource.BATCH));
        assertEquals(List.of(), report.resumed());
    }

    private void assertStoredAsReported(BatchRow row) {
        StoredSubmission stored = store.find(row.submissionId()).orElseThrow();
        assertEquals(row.student(), stored.student());
        assertEquals(row.seed(), stored.seed());
        assertEquals(SubmissionSource.BATCH, stored.source());
        assertEquals(row.status(), store.grade(stored.id()).orElseThrow().status().label());
        assertEquals(row.tests(), store.grade(stored.id()).orElseThrow().tests());
    }

    @Test
    void everyFileIsStoredUngradedWithItsOwnSeedBeforeAnyIsGraded() throws Exception {
        submitSample("alice", "correct.jsh");
        submitSample("bob", "correct.jsh");
        Set<Long> seedsBeforeGrading = new HashSet<>();
        Progress inspectBeforeGrading = new Progress() {
            @Override
            public void start(int total) {
                List<StoredSubmission> ungraded = store.ungraded(SubmissionSource.BATCH);
                assertEquals(2, ungraded.size());
                ungraded.forEach(s -> seedsBeforeGrading.add(s.seed()));
            }

            @Override
            public void advance() {}
        };

        BatchReport report = grade(inspectBeforeGrading);

        assertEquals(2, seedsBeforeGrading.size(), "each submission has its own seed");
        assertEquals(seedsBeforeGrading, report.rows().stream().map(BatchRow::seed).collect(Collectors.toSet()));
    }

    @Test
    void aSubmissionLeftUngradedByACrashedRunIsGradedAndReportedByTheNext() throws Exception {
        String correct = Files.readString(SAMPLES.resolve("correct.jsh"));
        StoredSubmission leftOver = store.add(new NewSubmission("zoe", "softmax-jacobian", correct, 7L,
                SubmissionSource.BATCH, "an interrupted run"));
        submitSample("alice", "diagonal-only.jsh");

        BatchReport report = grade(Progress.SILENT);

        assertEquals(List.of("alice"), report.rows().stream().map(BatchRow::student).toList());
        assertEquals(1, report.resumed().size());
        BatchRow resumed = report.resumed().get(0);
        assertEquals(leftOver.id(), resumed.submissionId());
        assertEquals(7L, resumed.seed());
        assertEquals("graded", resumed.status());
        assertEquals(10, store.grade(leftOver.id()).orElseThrow().score());
        assertEquals(List.of(), store.ungraded(SubmissionSource.BATCH));
        assertTrue(BatchSummary.lines(report).get(0).contains("1 submissions left ungraded by an earlier run"));
    }

    /** Whatever the grader throws on one submission ends that one as grader_error; the others are graded. */
    @Test
    void aSubmissionTheGraderFailsOnIsAGraderErrorRowAndTheRestAreGraded() throws Exception {
        submitSample("alice", "correct.jsh");
        submit("mallory", "softmax-jacobian.jsh", "// overflow the grader\n");
        submit("trent", "softmax-jacobian.jsh", "// fail in the judge\n");
        Grader failing = (exercise, source, seed) -> {
            if (source.contains("overflow")) throw new StackOverflowError();
            if (source.contains("judge")) throw new GradingFailedException(new InternalError("javac\n\tat line"));
            return services.judge().grade(exercise, source, seed);
        };

        BatchReport report = new BatchGrader(services.catalog(), failing, store, new SecureRandom()::nextLong,
                services.settings().sourceBytes(), JOBS).grade(folder, Progress.SILENT);

        assertEquals(List.of("alice", "mallory", "trent"), report.rows().stream().map(BatchRow::student).toList());
        assertEquals("graded", report.rows().get(0).status());
        assertEquals(10.0, report.rows().get(0).score());
        for (BatchRow failed : report.rows().subList(1, 3)) {
            assertEquals("grader_error", failed.status(), failed.student());
            assertEquals(0.0, failed.score(), failed.student());
        }
        assertEquals("the grader failed on this submission: StackOverflowError", report.rows().get(1).message());
        assertEquals("the grader failed on this submission: InternalError: javac", report.rows().get(2).message());
        assertEquals(2, store.ungraded(SubmissionSource.BATCH).size(), "the failed ones are retried next run");
    }
}

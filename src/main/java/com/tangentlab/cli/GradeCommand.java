package com.tangentlab.cli;

import com.tangentlab.app.Services;
import com.tangentlab.config.Settings;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.grade.BatchGrader;
import com.tangentlab.grade.BatchReport;
import com.tangentlab.grade.BatchSummary;
import com.tangentlab.grade.CsvReport;
import com.tangentlab.grade.JsonReport;
import com.tangentlab.grade.NotGraded;
import com.tangentlab.grade.QueuedBatch;
import com.tangentlab.queue.SubmissionQueue;
import com.tangentlab.store.Database;
import com.tangentlab.store.SubmissionStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab grade <dir>}: grades a folder of submissions offline. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades every <dir>/<student>/<exercise-id>.jsh and writes one CSV row per file.",
                "Status is a grading outcome (graded, compile_error, rejected, timeout, memory_limit,"
                        + " output_limit, crashed) or one of unknown_exercise, unreadable, grader_error;"
                        + " rows other than graded score 0.",
                "Submissions an earlier, interrupted run left ungraded in the database are graded first"
                        + " and reported on stderr and in the JSON.",
                "With --queue the folder goes to the shared grading queue of the database instead, behind every"
                        + " student's submission, and the command waits until worker processes have graded it."})
final class GradeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "the folder of student folders")
    private Path dir;

    @Option(names = "--out", paramLabel = "grades.csv", description = "write the CSV here (default: standard output)")
    private Path out;

    @Option(names = "--json", paramLabel = "details.json", description = "also write every test result here")
    private Path json;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default: number of cores)")
    private Integer jobs;

    @Option(names = "--queue", description = "hand the folder to the shared grading queue and wait for the workers'"
            + " grades, instead of grading here")
    private boolean queue;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(dir)) throw usage("no such folder: " + dir);
        if (queue) return gradeThroughQueue();
        int parallel = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (parallel < 1) throw usage("--jobs must be at least 1, not " + parallel);
        Settings settings = main.settings().withPoolSize(parallel);
        main.announced(settings);
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = Services.start(settings)) {
            if (!services.isolationWarning().isEmpty()) err.println(services.isolationWarning());
            BatchReport report = grade(services, parallel);
            write(report);
            BatchSummary.lines(report).forEach(err::println);
            long failures = report.count(NotGraded.GRADER_ERROR);
            // One submission the grader failed on is that row's outcome, not the batch's: the reports are complete.
            if (failures > 0) {
                err.println("the grader failed on " + failures + " submission(s) (status grader_error); they stay"
                        + " ungraded in the database and the next run retries them");
            }
            err.flush();
        }
        return 0;
    }

    /** Only the database and the exercises are needed here: the workers hold the sandboxes. */
    private int gradeThroughQueue() throws IOException, InterruptedException {
        if (jobs != null) throw usage("--jobs belongs to the workers with --queue: start them with worker --jobs N");
        Settings settings = main.announced(main.settings());
        PrintWriter err = spec.commandLine().getErr();
        ExerciseCatalog catalog = ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir());
        try (Database database = Database.open(settings.databaseUrl())) {
            SubmissionStore store = new SubmissionStore(database.dataSource(), Clock.systemUTC());
            QueuedBatch batch = new QueuedBatch(catalog, new SubmissionQueue(database.dataSource(), store), store,
                    new SecureRandom()::nextLong, settings.sourceBytes());
            err.println("queued in the shared grading queue; waiting for the workers' grades (a worker must be"
                    + " running: tangentlab worker --db URL)");
            err.flush();
            BatchReport report;
            try (TerminalProgress progress = TerminalProgress.onStderr()) {
                report = batch.grade(dir, progress);
            }
            write(report);
            BatchSummary.lines(report).forEach(err::println);
            err.flush();
        }
        return 0;
    }

    private BatchReport grade(Services services, int parallel) throws InterruptedException {
        BatchGrader grader = new BatchGrader(services.catalog(), services.judge(), services.store(),
                new SecureRandom()::nextLong, services.settings().sourceBytes(), parallel);
        try (TerminalProgress progress = TerminalProgress.onStderr()) {
            return grader.grade(dir, progress);
        }
    }

    private void write(BatchReport report) throws IOException {
        if (out == null) {
            CsvReport.write(report.rows(), spec.commandLine().getOut());
        } else {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                CsvReport.write(report.rows(), writer);
            }
        }
        if (json != null) {
            try (OutputStream stream = Files.newOutputStream(json)) {
                JsonReport.write(report, stream);
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

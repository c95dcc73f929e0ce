package com.tangentlab.cli;

import com.tangentlab.bench.Machine;
import com.tangentlab.bench.load.LoadBenchmark;
import com.tangentlab.config.Settings;
import com.tangentlab.exercise.ExerciseCatalog;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab bench load}: simulated students over HTTP against a web node and 1, then 2 worker processes. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Drives simulated students over HTTP (sign in, open a section page, submit known samples,"
                + " poll until graded, read the attempts) against one web-only node and worker processes on a"
                + " PostgreSQL database of its own, once per --workers count.",
                "Reports submissions graded per second, submit-to-grade p50 and p95, page-request p95, CPU per"
                        + " submission from the kernel's cgroup accounting with a capacity table, and the"
                        + " database's transactions and active time per grade. Needs root (cgroups)."})
final class LoadBenchCommand implements Callable<Integer> {
    private static final String LOCAL_POSTGRES =
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=tangentlab&password=tangentlab";

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = "--students", defaultValue = "10", description = "simulated students (default: ${DEFAULT-VALUE})")
    private int students;

    @Option(names = "--submissions", defaultValue = "30",
            description = "submissions measured per configuration (default: ${DEFAULT-VALUE})")
    private int submissions;

    @Option(names = "--warm-up", defaultValue = "10",
            description = "submissions graded first in each configuration, not measured (default: ${DEFAULT-VALUE})")
    private int warmUp;

    @Option(names = "--workers", split = ",", defaultValue = "1,2",
            description = "worker processes of each configuration, each with --jobs cores/processes"
                    + " (default: ${DEFAULT-VALUE})")
    private List<Integer> workers;

    @Option(names = "--poll-ms", defaultValue = "500",
            description = "how often a student asks for its grade; the page asks every 500 ms (default: ${DEFAULT-VALUE})")
    private long pollMs;

    @Option(names = "--port", defaultValue = "0", description = "the web node's port, 0 for any free one")
    private int port;

    @Option(names = "--postgres", paramLabel = "URL", defaultValue = LOCAL_POSTGRES,
            description = "a database of the PostgreSQL server whose role may create the benchmark's databases"
                    + " (tl_load_*, dropped at the end; default: the local server as tangentlab)")
    private String postgres;

    @Override
    public Integer call() throws InterruptedException {
        if (students < 1 || submissions < 1 || warmUp < 0 || pollMs < 1 || workers.stream().anyMatch(w -> w < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--students, --submissions, --poll-ms and"
                    + " every --workers count must be at least 1, --warm-up at least 0");
        }
        Settings settings = bench.settings();
        PrintWriter out = spec.commandLine().getOut();
        out.println("machine: " + Machine.describe());
        out.println(String.format("%d students, %d measured submissions after %d warm-up per configuration,"
                + " polling every %d ms", students, submissions, warmUp, pollMs));
        out.flush();
        LoadBenchmark.Plan plan = new LoadBenchmark.Plan(students, warmUp, submissions, workers,
                Duration.ofMillis(pollMs), port, postgres);
        new LoadBenchmark(settings, ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir()), plan,
                line -> {
                    out.println(line);
                    out.flush();
                }).run();
        return 0;
    }
}

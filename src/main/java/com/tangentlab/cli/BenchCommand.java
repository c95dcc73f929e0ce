package com.tangentlab.cli;

import com.tangentlab.app.Services;
import com.tangentlab.bench.BareJvm;
import com.tangentlab.bench.Benchmark;
import com.tangentlab.bench.CpuAccount;
import com.tangentlab.bench.FigureBenchmark;
import com.tangentlab.bench.Machine;
import com.tangentlab.config.Settings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tangentlab bench}: latency and throughput of the judge on the exercises' known samples. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Grades the known samples of every exercise and reports submit-to-score latency (median, p95)"
                + " of single submissions and the throughput of a parallel batch, with the machine; with --figures,"
                + " times the theory's live figures instead; bench load drives simulated students over HTTP.",
        subcommands = LoadBenchCommand.class)
final class BenchCommand implements Callable<Integer> {
    /** Slider positions are drawn from a fixed seed so two runs time the same requests. */
    private static final long FIGURE_SEED = 20261129L;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--warm-up", defaultValue = "40", description = "submissions graded first and not measured")
    private int warmUp;

    @Option(names = "--latency", defaultValue = "200", description = "submissions graded one at a time")
    private int latency;

    @Option(names = "--batch", defaultValue = "300", description = "submissions in the parallel batch")
    private int batch;

    @Option(names = "--jobs", description = "submissions graded at once in the batch (default: number of cores)")
    private Integer jobs;

    @Option(names = "--pool", defaultValue = "2", description = "agents kept started and waiting")
    private int poolSize;

    @Option(names = "--figures", description = "time the theory's live figures instead of the judge")
    private boolean figures;

    @Option(names = "--figure-requests", defaultValue = "50",
            description = "requests per figure at random slider positions (with --figures)")
    private int figureRequests;

    @Override
    public Integer call() throws InterruptedException {
        if (figures) return benchFigures();
        int parallel = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        PrintWriter out = spec.commandLine().getOut();
        try (CpuAccount cpu = CpuAccount.enter()) {
            Benchmark.Figures f;
            try (BareJvm bare = new BareJvm(cpu)) {
                f = gradeSamples(out, cpu, bare, parallel);
            }
            out.println(String.format(Locale.ROOT, "CPU per submission in the batch (kernel cgroup accounting, all"
                    + " processes): %.1f ms: trusted process %.1f ms, agents %.1f ms", f.cpuPerSubmissionMs(),
                    f.trustedCpuPerSubmissionMs(), f.agentCpuPerSubmissionMs()));
            out.println(String.format(Locale.ROOT, "bare JVM start (%d starts of %s, beside the batch): %.1f ms of"
                    + " CPU; a submission costs %.2f x that", f.bareStarts(), BareJvm.describe(),
                    f.bareCpuPerStartMs(), f.ratio()));
            out.println("load average (1, 5, 15 min) at the end: " + Machine.loadAverage());
        }
        return 0;
    }

    private Benchmark.Figures gradeSamples(PrintWriter out, CpuAccount cpu, BareJvm bare, int parallel)
            throws InterruptedException {
        try (Services services = Services.start(main.announced(main.settings().withPoolSize(poolSize)))) {
            if (!services.isolationWarning().isEmpty()) spec.commandLine().getErr().println(services.isolationWarning());
            List<Benchmark.Work> work = Benchmark.samples(services.catalog());
            out.println("machine: " + Machine.describe());
            out.println("load average (1, 5, 15 min) at the start: " + Machine.loadAverage());
            out.println("sandbox: " + services.pool().host().isolation() + ", " + work.size()
                    + " distinct submissions over " + services.catalog().all().size() + " exercises");
            out.flush();
            Benchmark.Figures f = new Benchmark(services.judge(), services.pool(), cpu::usageNanos)
                    .run(work, warmUp, latency, batch, parallel, bare);
            out.println(String.format(Locale.ROOT, "latency (%d submissions, one at a time, agent waiting): "
                    + "median %.1f ms, p95 %.1f ms, max %.1f ms", f.latencySubmissions(), f.medianMs(), f.p95Ms(),
                    f.maxMs()));
            out.println(String.format(Locale.ROOT, "batch (%d submissions, %d at once): %.1f s, %.1f submissions/s",
                    f.batchSubmissions(), f.jobs(), f.batchSeconds(), f.throughputPerSecond()));
            out.println("outcomes: " + f.statuses());
            out.flush();
            return f;
        }
    }

    /** The settings, with what the command line overrides, for the load benchmark under this command. */
    Settings settings() {
        return main.settings();
    }

    private int benchFigures() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("machine: " + Machine.describe());
        out.println("figures: first request of a fresh server, then " + figureRequests
                + " requests each at random slider positions");
        new FigureBenchmark(figureRequests, FIGURE_SEED).run().forEach(t -> out.println(t.line()));
        return 0;
    }
}

package com.tangentlab.cli;

import com.tangentlab.app.Services;
import com.tangentlab.config.Settings;
import com.tangentlab.queue.GradingWorkers;
import com.tangentlab.queue.Leases;
import com.tangentlab.queue.Owners;
import com.tangentlab.store.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab worker}: grades from the shared queue of a database until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Grades submissions from the shared grading queue in the database (--db) until SIGTERM"
                + " or Ctrl-C, on any machine with the jar and the exercises.",
                "Prints one line per claim and per outcome. On stop it lets the grades in progress finish"
                        + " and gives back any it could not finish."})
final class WorkerCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default: number of cores)")
    private Integer jobs;

    @Override
    public Integer call() throws InterruptedException {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        Settings settings = main.announced(main.settings().withPoolSize(threads));
        PrintWriter out = spec.commandLine().getOut();
        Services services = Services.start(settings);
        GradingWorkers workers;
        try {
            Settings.Queue queue = settings.queue();
            Leases leases = new Leases(services.database().dataSource(), Clock.systemUTC(), queue.lease(),
                    queue.maxClaims());
            workers = new GradingWorkers(services.catalog(), services.judge(), services.store(), leases,
                    Owners.fresh(), threads, event -> print(out, event.line()));
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            print(out, "stopping: finishing the grades in progress");
            try {
                workers.close();
            } finally {
                services.close();
                print(out, "stopped");
                stopped.countDown();
            }
        }, "shutdown"));
        if (!services.isolationWarning().isEmpty()) spec.commandLine().getErr().println(services.isolationWarning());
        print(out, "worker " + workers.owner() + " grading " + threads + " at once from "
                + Database.redacted(settings.databaseUrl()));
        stopped.await();
        return 0;
    }

    private static synchronized void print(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}

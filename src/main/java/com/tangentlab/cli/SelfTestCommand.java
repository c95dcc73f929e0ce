package com.tangentlab.cli;

import com.tangentlab.app.Services;
import com.tangentlab.check.SelfTest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tangentlab self-test}: every starter earns nothing and every known sample gets the outcome it declares. */
@Command(name = "self-test", mixinStandardHelpOptions = true,
        description = "Grades each exercise's starter (must score 0) and every known sample under reference/samples"
                + " (must get its declared status and score; each exercise must keep one declared trivial, which"
                + " scores 0). Exit status 1 if any differs.")
final class SelfTestCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the hidden tests (default: 1)")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.start(main.announced(main.settings()))) {
            if (!services.isolationWarning().isEmpty()) spec.commandLine().getErr().println(services.isolationWarning());
            SelfTest.Report report = new SelfTest(services.judge()).run(services.catalog().all(), seed);
            out.println(report);
            return report.passed() ? 0 : 1;
        }
    }
}

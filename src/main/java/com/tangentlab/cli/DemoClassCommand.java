package com.tangentlab.cli;

import com.tangentlab.app.WebPlatform;
import com.tangentlab.demo.DemoClass;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab demo-class}: adds the demo class to an existing database and grades it. */
@Command(name = "demo-class", mixinStandardHelpOptions = true,
        description = {"Adds the demo class (student accounts, deadlines, a few weeks of submissions and a graded"
                + " folder) to the database and grades it with the real judge before returning.",
                "serve does this by itself at a first start; this is for a database that already has a class."
                        + " Run it while the server is stopped."})
final class DemoClassCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> graded = WebPlatform.seedDemoClass(main.announced(main.settings()), created -> {
            DemoClassSummary.print(out, created);
            out.println("Grading it now...");
            out.flush();
        });
        out.println(graded.orElse("The demo class is already in this database; nothing was added."));
        return 0;
    }
}

package com.tangentlab.cli;

import com.tangentlab.account.NewAccount;
import com.tangentlab.account.User;
import com.tangentlab.app.WebPlatform;
import com.tangentlab.config.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab serve}: the web platform, with demo accounts on first start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web platform: the JSON API under /api/ and the pages (the packaged ones, or --web).",
                "The database is an H2 file under the data folder (or TANGENTLAB_DB_URL); the first start creates one"
                        + " instructor and two student accounts and prints their passwords.",
                "A database without other students also gets the demo class (see demo-class), graded in the"
                        + " background."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: TANGENTLAB_WEB_PORT, else 7070)")
    private Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "interface to listen on (default: TANGENTLAB_WEB_HOST, else 0.0.0.0)")
    private String host;

    @Option(names = "--workers", paramLabel = "N",
            description = "submissions this node grades at once from the shared queue; 0 for a web-only node"
                    + " (default: TANGENTLAB_GRADING_WORKERS, else 2)")
    private Integer workers;

    @Option(names = "--no-demo-class", description = "do not create the demo class, even in a database without students")
    private boolean noDemoClass;

    @Override
    public Integer call() throws InterruptedException {
        Settings.Web web = main.settings().web();
        if (port != null) web = web.withPort(port);
        if (host != null) web = web.withHost(host);
        if (workers != null) {
            if (workers < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be 0 or more");
            web = web.withGradingWorkers(workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        WebPlatform platform = WebPlatform.start(main.announced(main.settings().withWeb(web)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "shutdown"));
        if (!platform.isolationWarning().isEmpty()) spec.commandLine().getErr().println(platform.isolationWarning());
        out.println("Tangent Lab is running at http://localhost:" + platform.port() + "/ (listening on "
                + web.host() + ":" + platform.port() + "; stop with Ctrl-C)");
        if (!web.publicUrl().isEmpty()) out.println("Public address: " + web.publicUrl());
        printAccounts(out, platform);
        if (!noDemoClass && platform.seedDemoClassIfNoClass(created -> {
            DemoClassSummary.print(out, created);
            out.println("  It is being graded in the background, behind any student's submission (a minute or two"
                    + " on two cores); the gradebook fills in as grades arrive.");
            out.flush();
        }, graded -> {
            out.println(graded);
            out.flush();
        })) {
            out.println("No class yet: creating the demo class in the background.");
        }
        if (platform.resumed() > 0) {
            out.println(platform.resumed() + " submission(s) wait in the shared grading queue or are being graded.");
        }
        out.flush();
        stopped.await();
        return 0;
    }

    private static void printAccounts(PrintWriter out, WebPlatform platform) {
        if (!platform.demoAccountsCreated().isEmpty()) {
            out.println("Demo accounts created (the passwords are shown only now, write them down):");
            for (NewAccount a : platform.demoAccountsCreated()) {
                out.printf("  %-10s  %-11s  password: %s%n", a.user().role().label(), a.user().username(),
                        a.password());
            }
        } else {
            out.println("Demo accounts: " + platform.demoUsers().stream().map(User::username)
                    .collect(Collectors.joining(", ")) + " (their passwords were printed at the first start).");
        }
        out.println("To change a password: signed in, POST /api/me/password {\"currentPassword\": ...,"
                + " \"newPassword\": ...}; an instructor sets anyone's with POST /api/instructor/users/<username>/password;"
                + " on this machine: java -jar target/tangentlab.jar password <username>.");
    }
}

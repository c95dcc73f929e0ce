package com.tangentlab.cli;

import com.tangentlab.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code tangentlab} command; each task is a subcommand. */
@Command(name = "tangentlab", mixinStandardHelpOptions = true, version = "Tangent Lab 0.1.0",
        description = "Auto-graded exercises on Jacobians and Hessians.",
        subcommands = {GradeCommand.class, ServeCommand.class, WorkerCommand.class, PasswordCommand.class, DemoClassCommand.class, SelfTestCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private final Settings settings;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of the database: jdbc:postgresql://host:5432/name?user=...&password=... or an H2"
                    + " URL (default: TANGENTLAB_DB_URL, else an H2 file under the data folder)")
    private String databaseUrl;

    public Main(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Settings.fromEnvironment()).execute(args));
    }

    /** The command line with its error handling; tests run it with their own settings. */
    public static CommandLine commandLine(Settings settings) {
        return new CommandLine(new Main(settings)).setExecutionExceptionHandler(new OneLineErrors());
    }

    /** The settings, with what the command line overrides for every command. */
    Settings settings() {
        return databaseUrl == null ? settings : settings.withDatabaseUrl(databaseUrl);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. grade");
    }
}

package com.tangentlab.cli;

import com.tangentlab.config.Settings;
import com.tangentlab.content.ChapterFolders;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code tangentlab} command; each task is a subcommand. */
@Command(name = "tangentlab", mixinStandardHelpOptions = true, version = "Tangent Lab 0.1.0",
        description = "Auto-graded exercises on Jacobians and Hessians.",
        subcommands = {GradeCommand.class, ServeCommand.class, WorkerCommand.class, PasswordCommand.class, LtiRegisterCommand.class, DemoClassCommand.class, SelfTestCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private final Settings settings;
    private ChapterFolders folders;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of the database: jdbc:postgresql://host:5432/name?user=...&password=... or an H2"
                    + " URL (default: TANGENTLAB_DB_URL, else an H2 file under the data folder)")
    private String databaseUrl;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "data folder: the H2 database and the unpacked chapter (default: TANGENTLAB_DATA_DIR,"
                    + " else systemd's state folder, /var/lib/tangentlab as root, or ~/.local/share/tangentlab)")
    private Path data;

    @Option(names = "--exercises", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "your own exercise folders and theory/ (default: TANGENTLAB_EXERCISES_DIR, else the"
                    + " chapter packaged in the jar)")
    private Path exercises;

    @Option(names = "--samples", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "your own known samples, one folder per exercise (default: TANGENTLAB_SAMPLES_DIR,"
                    + " else the packaged ones)")
    private Path samples;

    @Option(names = "--web", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "your own copy of the pages, the only folder served as files (default: TANGENTLAB_WEB_DIR,"
                    + " else the packaged pages)")
    private Path web;

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

    /** The settings with the folders given on the command line, the chapter's folders filled in. */
    Settings settings() {
        if (folders == null) {
            Settings named = settings;
            if (data != null) named = named.withDataFolder(data);
            if (databaseUrl != null) named = named.withDatabaseUrl(databaseUrl);
            if (exercises != null) named = named.withExercisesDir(exercises);
            if (samples != null) named = named.withSamplesDir(samples);
            if (web != null) named = named.withWeb(named.web().withStaticDir(web));
            folders = ChapterFolders.resolve(named);
        }
        return folders.settings();
    }

    /** Says on standard error which data folder, database and chapter {@code used} works with, and returns it. */
    Settings announced(Settings used) {
        PrintWriter err = spec.commandLine().getErr();
        StartLines.of(used, folders).forEach(err::println);
        err.flush();
        return used;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. grade");
    }
}

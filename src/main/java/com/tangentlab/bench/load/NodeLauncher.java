package com.tangentlab.bench.load;

import com.tangentlab.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the web node and the workers as separate JVMs of this same build, each with its own sandbox:
 * process {@code i} (0 the web node, 1.. the workers) gets {@value #UIDS_PER_PROCESS} uids from the
 * configured first uid plus {@code i} times that, and a sandbox root of its own under the configured one,
 * so that no two processes ever lease the same uid or folder.
 */
final class NodeLauncher {
    static final int UIDS_PER_PROCESS = 20;
    private static final String MAIN_CLASS = "com.tangentlab.cli.Main";
    /** High enough that the rate limit never answers a simulated student: the benchmark measures grading. */
    private static final int UNLIMITED_PER_MINUTE = 1_000_000;

    private final Settings settings;
    private final String databaseUrl;
    private final Path logs;

    NodeLauncher(Settings settings, String databaseUrl, Path logs) {
        this.settings = settings;
        this.databaseUrl = databaseUrl;
        this.logs = logs;
    }

    /** A web-only node ({@code --workers 0}) on 127.0.0.1 whose queue holds every student's submission. */
    Node web(int port, int students) {
        Map<String, String> env = sandboxOf(0);
        env.put("TANGENTLAB_QUEUE_CAPACITY", String.valueOf(Math.max(students, settings.web().queueCapacity())));
        env.put("TANGENTLAB_SUBMISSIONS_PER_MINUTE", String.valueOf(UNLIMITED_PER_MINUTE));
        return Node.start("web node", command("serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--workers", "0", "--no-demo-class"), env, logs.resolve("web.log"));
    }

    /** Worker {@code index} (from 1) grading {@code jobs} at once. */
    Node worker(int index, int jobs) {
        return Node.start("worker " + index, command("worker", "--jobs", String.valueOf(jobs)), sandboxOf(index),
                logs.resolve("worker-" + index + ".log"));
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), MAIN_CLASS));
        command.addAll(List.of(arguments));
        return command;
    }

    private Map<String, String> sandboxOf(int process) {
        Map<String, String> env = new HashMap<>();
        // In the environment, not on the command line, where any user's ps would show its password.
        env.put("TANGENTLAB_DB_URL", databaseUrl);
        env.put("TANGENTLAB_SANDBOX_UID", String.valueOf(settings.firstSandboxUid() + process * UIDS_PER_PROCESS));
        env.put("TANGENTLAB_SANDBOX_UIDS", String.valueOf(UIDS_PER_PROCESS));
        env.put("TANGENTLAB_SANDBOX_ROOT", sandboxRoot(process).toString());
        env.put("TANGENTLAB_EXERCISES_DIR", settings.exercisesDir().toAbsolutePath().toString());
        env.put("TANGENTLAB_SAMPLES_DIR", settings.samplesDir().toAbsolutePath().toString());
        env.put("TANGENTLAB_WEB_DIR", settings.web().staticDir().toAbsolutePath().toString());
        return env;
    }

    /** Process {@code process}'s own sandbox root, inside the configured one, where agent uids can reach it. */
    private Path sandboxRoot(int process) {
        return settings.sandboxRoot().toAbsolutePath().resolve("load-" + process);
    }

    /**
     * Deletes the sandbox roots of processes 0 to {@code processes - 1} once they have stopped, so that the
     * configured sandbox root holds again only what the graders on this machine keep there.
     */
    void deleteSandboxes(int processes) {
        for (int process = 0; process < processes; process++) {
            Path root = sandboxRoot(process);
            if (!Files.exists(root)) continue;
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the load benchmark's sandbox " + root, e);
            }
        }
    }
}

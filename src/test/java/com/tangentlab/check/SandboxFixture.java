package com.tangentlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.AgentPool;
import com.tangentlab.sandbox.Host;
import com.tangentlab.sandbox.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A judge on a pool that keeps no agent waiting (pool size 0), so that after every
 * submission nothing at all may run under the sandbox uids, and the sandbox root may hold
 * nothing but the agent jar's folder.
 */
final class SandboxFixture implements AutoCloseable {
    /** How many uids an AgentPool hands out beyond the waiting agents (AgentPool.MAX_IN_FLIGHT). */
    static final int UIDS_IN_FLIGHT = 16;
    /** Every fixture that tries to write a file names it with this prefix. */
    static final String ESCAPE_PREFIX = "tangentlab-escape";

    final Settings settings;
    final AgentPool pool;
    final Judge judge;
    final Exercise exercise;

    private SandboxFixture(Settings settings) {
        this.settings = settings;
        this.pool = new AgentPool(settings, Host.probe(settings.isolation()));
        this.judge = new Judge(pool, settings);
        this.exercise = ExerciseCatalog.load(settings.exercisesDir(), settings.samplesDir()).find("softmax-jacobian")
                .orElseThrow();
    }

    /** Settings from the environment with {@code overrides} applied, and no waiting agents. */
    static SandboxFixture start(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides);
        return new SandboxFixture(Settings.from(env).withPoolSize(0));
    }

    static String resource(String name) {
        try (InputStream in = SandboxFixture.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that no process runs under any sandbox uid once every released agent is cleaned up. */
    void assertNoProcessLeft(String after) throws InterruptedException {
        pool.awaitCleanup();
        List<String> left = new ArrayList<>();
        for (int uid = settings.firstSandboxUid(); uid < settings.firstSandboxUid() + UIDS_IN_FLIGHT; uid++) {
            List<Long> pids = Processes.ownedBy(uid);
            if (!pids.isEmpty()) left.add("uid " + uid + ": " + pids);
        }
        assertTrue(left.isEmpty(), "processes left after " + after + ": " + left);
    }

    /** Asserts that nothing was written outside the sandbox, and that no agent folder is left in it. */
    void assertNoFileLeft(String after) throws IOException {
        List<Path> places = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"), Path.of("/run/lock"),
                Path.of("/dev/mqueue"),
                Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath(),
                settings.dataDir().toAbsolutePath(), settings.exercisesDir().toAbsolutePath());
        for (Path place : places) {
            if (!Files.isDirectory(place)) continue;
            try (Stream<Path> entries = Files.list(place)) {
                List<Path> escaped = entries.filter(p -> p.getFileName().toString().startsWith(ESCAPE_PREFIX)).toList();
                assertTrue(escaped.isEmpty(), "files written outside the sandbox after " + after + ": " + escaped);
            }
        }
        try (Stream<Path> entries = Files.list(settings.sandboxRoot().toAbsolutePath())) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("lib", "uids"), names, "the sandbox root after " + after
                    + " holds more than lib/ and uids/");
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

package com.tangentlab.queue;

import com.tangentlab.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One {@code tangentlab} command in a JVM of its own, its standard output kept line by line for the test. */
final class NodeProcess implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);

    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private NodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::read, name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code tangentlab args...} in a JVM with {@code heap} ({@code -Xmx...}) and {@code env} added to this
     * JVM's environment; stderr goes to a file.
     */
    static NodeProcess start(String name, Map<String, String> env, Path stderr, String heap, String... args)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), heap, "--add-opens",
                "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectError(stderr.toFile());
        return new NodeProcess(name, builder.start());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) lines.add(line);
        } catch (IOException e) {
            lines.add("(reading the output failed: " + e.getMessage() + ")");
        }
    }

    /** The first line printed so far or within {@code patience} that matches; fails the test otherwise. */
    String awaitLine(Predicate<String> wanted, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> found = lines.stream().filter(wanted).findFirst();
            if (found.isPresent()) return found.get();
            if (!process.isAlive() && lines.stream().noneMatch(wanted)) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " having printed " + lines);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError(name + " did not print the expected line in " + patience + "; it printed " + lines);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** SIGKILL: no shutdown hook runs, nothing is given back. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, then waits for the shutdown hooks to end; false when it had not stopped within {@code patience}.
     * Sent through the process handle: {@link Process#destroy()} would also close the output still to be read.
     */
    boolean stop(Duration patience) throws InterruptedException {
        process.toHandle().destroy();
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}

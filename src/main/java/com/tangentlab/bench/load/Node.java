package com.tangentlab.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Tangent Lab process the benchmark started (a web node or a worker), its output in a log file. */
final class Node implements AutoCloseable {
    /** Workers let the grades in progress finish when stopped; beyond this they are killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final long LOG_CHECK_MS = 200;

    private final String name;
    private final Process process;
    private final Path log;
    /** Stops the process if the benchmark itself is stopped first, so that no node outlives it. */
    private final Thread orphanGuard;

    private Node(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.orphanGuard = new Thread(process::destroy, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(orphanGuard);
    }

    /** Starts {@code command} with {@code environment} added to this process's, its output going to {@code log}. */
    static Node start(String name, List<String> command, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new Node(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name, e);
        }
    }

    /** Waits until a line of the log matches {@code ready}; the match, for what it captured. */
    Matcher awaitLine(Pattern ready, Duration limit) throws InterruptedException {
        long giveUp = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < giveUp) {
            for (String line : lines()) {
                Matcher m = ready.matcher(line);
                if (m.find()) return m;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " stopped (exit " + process.exitValue() + "); see " + log);
            }
            Thread.sleep(LOG_CHECK_MS);
        }
        throw new IllegalStateException("the " + name + " was not ready after " + limit + "; see " + log);
    }

    /** CPU of this process itself (not of the agents it starts), as the kernel counts it, in ns. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** SIGTERM, as an operator stops it, then a kill if it outlives the grace. */
    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(orphanGuard);
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

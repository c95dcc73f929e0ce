package com.tangentlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The floor for a fresh JVM per submission: the CPU that starting a JVM and printing one line costs, with the
 * start-up options that favour a short life (the class-data archive, the C1 compiler only, the serial
 * collector). The starts run one after another while the submissions are graded, each in a cgroup of its own
 * inside the benchmark's, so that both sides of the ratio meet the same load, even on a machine whose load
 * changes during the run.
 */
public final class BareJvm implements AutoCloseable {
    private static final String SOURCE = "public class Hello { public static void main(String[] a) {"
            + " System.out.println(\"hello\"); } }";
    private static final List<String> OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");
    /**
     * After each start the next waits this many times as long as the start took, so that the starts use about a
     * third of one core and take little from the submissions graded beside them.
     */
    private static final int PAUSE_PER_START = 2;

    private final CpuAccount account;
    private final Path folder;
    private final List<String> command;
    private final AtomicInteger starts = new AtomicInteger();
    private volatile Thread starter;
    private volatile RuntimeException failure;

    /** Bare starts counted in a cgroup inside {@code benchmark}'s. */
    public BareJvm(CpuAccount benchmark) {
        this.folder = compiledHello();
        this.account = benchmark.inner("bare-jvm");
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(OPTIONS);
        java.addAll(List.of("-cp", folder.toString(), "Hello"));
        this.command = account.command(java);
    }

    /** The command line of a bare start, for the report. */
    public static String describe() {
        return "java " + String.join(" ", OPTIONS) + " Hello";
    }

    /** Starts bare JVMs one after another until {@link #stop()}. */
    public void start() {
        Thread t = new Thread(this::loop, "bare-jvm-starts");
        t.setDaemon(true);
        starter = t;
        t.start();
    }

    /** Stops after the start in progress; fails if a start failed. */
    public void stop() throws InterruptedException {
        Thread t = starter;
        starter = null;
        if (t != null) {
            t.interrupt();
            t.join();
        }
        if (failure != null) throw failure;
    }

    /** How many bare starts ran to the end. */
    public int starts() {
        return starts.get();
    }

    /** The CPU all the bare starts took, as the kernel counts it, in ns. */
    public long cpuNanos() {
        return account.usageNanos();
    }

    private void loop() {
        try {
            while (starter == Thread.currentThread()) {
                long began = System.nanoTime();
                run();
                Thread.sleep(Math.max(1, PAUSE_PER_START * (System.nanoTime() - began) / 1_000_000));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** One start; one that is stopped meanwhile still runs to its end, since its CPU is counted. */
    private void run() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            InterruptedException stopped = null;
            while (true) {
                try {
                    p.waitFor();
                    break;
                } catch (InterruptedException e) {
                    stopped = e;
                }
            }
            if (p.exitValue() != 0) throw new IllegalStateException("the bare JVM exited with " + p.exitValue());
            starts.incrementAndGet();
            if (stopped != null) throw stopped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            stop();
        } finally {
            account.close();
            delete(folder);
        }
    }

    private static Path compiledHello() {
        try {
            Path folder = Files.createTempDirectory("tangentlab-bare-jvm");
            Path source = Files.writeString(folder.resolve("Hello.java"), SOURCE);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, "-d", folder.toString(), source.toString()) != 0) {
                throw new IllegalStateException("cannot compile the bare JVM's Hello");
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

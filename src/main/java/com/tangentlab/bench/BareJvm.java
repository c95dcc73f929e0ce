package com.tangentlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The floor for a fresh JVM per submission: the CPU that starting a JVM and printing one line costs, with the
 * start-up options that favour a short life (the class-data archive, the C1 compiler only, the serial
 * collector). Measured in the same run as the submissions, so the ratio of the two holds on a busy machine.
 */
public final class BareJvm {
    private static final String SOURCE = "public class Hello { public static void main(String[] a) {"
            + " System.out.println(\"hello\"); } }";
    private static final List<String> OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    private BareJvm() {}

    /** Mean CPU of one start over {@code starts} started one after another, as {@code cpu} counts it, in ns. */
    public static long cpuPerStartNanos(int starts, LongSupplier cpu) throws InterruptedException {
        Path folder = compiledHello();
        try {
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(OPTIONS);
            command.addAll(List.of("-cp", folder.toString(), "Hello"));
            long before = cpu.getAsLong();
            for (int i = 0; i < starts; i++) run(command);
            return (cpu.getAsLong() - before) / starts;
        } finally {
            delete(folder);
        }
    }

    private static void run(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("the bare JVM exited with " + p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

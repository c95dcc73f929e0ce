package com.tangentlab.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The system libraries the JVM loads from outside its own folder (the C library, the dynamic
 * loader at the path the launcher names, libz, the C++ runtime of libjvm), as the dynamic loader
 * itself resolves them: {@code ldd} of the launcher and of libjvm, which the launcher opens later.
 * Only the JDK's own, trusted files are ever given to ldd.
 */
final class SharedLibraries {
    private static final long LDD_TIMEOUT_SECONDS = 30;

    private SharedLibraries() {}

    /** Every library outside {@code javaHome} that its launcher and libjvm need, by the path they are looked up at. */
    static List<Path> of(Path javaHome) {
        Path launcher = javaHome.resolve("bin").resolve("java");
        Path jvm = javaHome.resolve("lib").resolve("server").resolve("libjvm.so");
        TreeSet<Path> libraries = new TreeSet<>();
        for (String line : ldd(launcher, jvm).split("\n")) {
            parse(line).filter(p -> !p.startsWith(javaHome)).ifPresent(libraries::add);
        }
        if (libraries.isEmpty()) throw new IllegalStateException("ldd found no system library for " + launcher);
        return List.copyOf(libraries);
    }

    /**
     * The library an ldd line names: "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)", or the
     * loader's own line "/lib64/ld-linux-x86-64.so.2 (0x...)"; nothing for the vDSO, a header or "not found".
     */
    static Optional<Path> parse(String line) {
        String text = line.trim();
        int arrow = text.indexOf("=>");
        String candidate = (arrow >= 0 ? text.substring(arrow + 2).trim() : text).split("\\s+")[0];
        if (!candidate.startsWith("/") || candidate.endsWith(":")) return Optional.empty();
        return Optional.of(Path.of(candidate).normalize());
    }

    private static String ldd(Path... files) {
        List<String> command = new java.util.ArrayList<>(List.of("ldd"));
        for (Path f : files) command.add(f.toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(LDD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("ldd failed on the JDK: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run ldd to find the JDK's libraries", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ldd", e);
        }
    }
}

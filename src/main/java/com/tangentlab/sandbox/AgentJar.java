package com.tangentlab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds the only class path an agent ever sees: the agent's own package and EJML, copied
 * out of the trusted class path into one jar. Reference implementations, the judge and
 * everything else of the server stay out of it by construction.
 */
public final class AgentJar {
    /** Class-file prefixes that belong on the agent's class path. */
    static final List<String> AGENT_PREFIXES = List.of("com/tangentlab/agent/", "org/ejml/", "pabeles/");

    private AgentJar() {}

    /** Writes (once per content) and returns the agent jar under {@code libDir}. */
    public static Path prepare(Path libDir, String trustedClassPath) {
        try {
            Map<String, byte[]> entries = collect(trustedClassPath);
            if (entries.keySet().stream().noneMatch(n -> n.startsWith(AGENT_PREFIXES.get(0)))) {
                throw new IllegalStateException("the agent classes are not on the class path: " + trustedClassPath);
            }
            Files.createDirectories(libDir);
            Path jar = libDir.resolve("agent-" + digest(entries) + ".jar");
            if (!Files.exists(jar)) write(entries, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the agent jar in " + libDir, e);
        }
    }

    private static Map<String, byte[]> collect(String classPath) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        for (String element : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(element);
            if (Files.isDirectory(path)) collectDirectory(path, entries);
            else if (Files.isRegularFile(path) && element.endsWith(".jar")) collectJar(path, entries);
        }
        return entries;
    }

    private static void collectDirectory(Path root, Map<String, byte[]> entries) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (wanted(name)) entries.putIfAbsent(name, Files.readAllBytes(file));
            }
        }
    }

    private static void collectJar(Path path, Map<String, byte[]> entries) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (entry.isDirectory() || !wanted(entry.getName())) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    entries.putIfAbsent(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static boolean wanted(String name) {
        return name.endsWith(".class") && AGENT_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String digest(Map<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Map<String, byte[]> entries, Path jar) throws IOException {
        Path partial = Files.createTempFile(jar.getParent(), "agent", ".partial");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = buffer; JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(partial, buffer.toByteArray());
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

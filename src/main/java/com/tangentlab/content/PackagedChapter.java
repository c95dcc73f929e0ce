package com.tangentlab.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The chapter's files as the build packs them into the jar (exercises, theory, web pages and
 * the known samples), unpacked once per content into {@code <data folder>/chapter/<digest>/},
 * read-only and for the owner only, so that the loaders and the web server keep reading plain
 * folders. A folder named by its content's digest is never changed: a newer jar unpacks beside
 * it, and a server still running the older jar keeps its own.
 */
public final class PackagedChapter {
    /** The folder inside the jar (and inside target/classes) that the build fills. */
    static final String ROOT = "chapter";
    /** Hex digits of the SHA-256 that name an unpacked folder: plenty to tell builds apart. */
    private static final int DIGEST_CHARS = 16;
    private static final String FOLDER_MODE = "r-x------";
    private static final String FILE_MODE = "r--------";
    private static final String WRITABLE_FOLDER_MODE = "rwx------";

    private PackagedChapter() {}

    /** Unpacks this program's own packaged chapter under {@code dataDir} (once) and returns its folder. */
    public static Path unpack(Path dataDir) {
        return unpack(codeSource(), dataDir);
    }

    /** Unpacks the chapter packaged in {@code source}, a jar or a class folder, under {@code dataDir}. */
    static Path unpack(Path source, Path dataDir) {
        try {
            Map<String, byte[]> files = read(source);
            if (files.isEmpty()) {
                throw new IllegalStateException("no chapter is packaged in " + source + " (expected " + ROOT + "/)");
            }
            Path parent = Files.createDirectories(dataDir.resolve(ROOT));
            Path target = parent.resolve(digest(files));
            if (!Files.isDirectory(target)) write(files, parent, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the packaged chapter into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Path codeSource() {
        try {
            return Path.of(PackagedChapter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where this program was loaded from", e);
        }
    }

    /** Every packaged file by its path below {@value #ROOT}, '/'-separated, in a stable order. */
    private static Map<String, byte[]> read(Path source) throws IOException {
        if (Files.isDirectory(source)) return readTree(source.resolve(ROOT));
        try (FileSystem jar = FileSystems.newFileSystem(source)) {
            return readTree(jar.getPath("/" + ROOT));
        }
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) return files;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"),
                        Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                // Name and length framed apart, so that no two different trees hash the same stream.
                sha.update((name + '\0' + bytes.length + '\0').getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, DIGEST_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes into a private folder beside the target and renames it into place, so that no
     * reader ever sees a half-written chapter; when another process got there first, its copy
     * is kept and ours dropped.
     */
    private static void write(Map<String, byte[]> files, Path parent, Path target) throws IOException {
        Path partial = Files.createTempDirectory(parent, ".unpacking-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = partial.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            lockDown(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // rename(2) refuses to replace a folder another process has just put there: that copy is as good.
            if (!Files.isDirectory(target)) throw raced;
        } finally {
            if (Files.exists(partial)) delete(partial);
        }
    }

    /** Read-only for the owner alone: the samples include correct solutions that no other user may read. */
    private static void lockDown(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? FOLDER_MODE
                        : FILE_MODE));
            }
        }
    }

    /** Deletes a partial copy, locked down or not: its folders are opened for writing first. */
    private static void delete(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(WRITABLE_FOLDER_MODE));
            }
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}

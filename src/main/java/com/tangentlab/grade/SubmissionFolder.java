package com.tangentlab.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the submissions in a folder laid out as {@code <folder>/<student>/<exercise-id>.jsh}.
 * Only {@code .jsh} files one level down count; hidden entries and symbolically linked
 * student folders are skipped, so a prepared folder cannot point the grader at other files.
 */
public final class SubmissionFolder {
    static final String EXTENSION = ".jsh";

    private SubmissionFolder() {}

    /** The entries sorted by student, then exercise id. */
    public static List<FolderEntry> scan(Path folder) {
        List<FolderEntry> entries = new ArrayList<>();
        for (Path student : list(folder)) {
            if (!Files.isDirectory(student, LinkOption.NOFOLLOW_LINKS) || hidden(student)) continue;
            for (Path file : list(student)) {
                String name = file.getFileName().toString();
                if (hidden(file) || !name.endsWith(EXTENSION) || Files.isDirectory(file)) continue;
                entries.add(new FolderEntry(student.getFileName().toString(),
                        name.substring(0, name.length() - EXTENSION.length()), file));
            }
        }
        return entries;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}

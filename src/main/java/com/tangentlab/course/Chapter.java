package com.tangentlab.course;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tangentlab.content.FigureMentions;
import com.tangentlab.figure.FigureCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The chapter's theory sections in reading order, one Markdown page each ({@code NN-slug.md},
 * with {@code number} and {@code title} in a front matter between {@code ---} lines), loaded
 * and checked at start-up; the numbers a page names about its figures are filled in from, or
 * checked against, the figures themselves.
 */
public final class Chapter {
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-[a-z0-9-]+\\.md");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<TheorySection> sections;

    private Chapter(List<TheorySection> sections) {
        this.sections = sections;
    }

    /** What the front matter holds; anything else in it is refused, so a misspelt field is found. */
    private record FrontMatter(String number, String title) {}

    /** Loads every {@code .md} page of {@code folder} against the chapter's figures. */
    public static Chapter load(Path folder) {
        return load(folder, FigureCatalog.chapter());
    }

    /** Loads every {@code .md} page of {@code folder}; a page that cannot be used stops the start. */
    public static Chapter load(Path folder, FigureCatalog figures) {
        if (!Files.isDirectory(folder)) throw new InvalidChapterException(folder, "the theory folder does not exist");
        FigureMentions mentions = new FigureMentions(figures);
        TreeMap<Integer, TheorySection> byNumber = new TreeMap<>();
        for (Path file : pages(folder)) {
            TheorySection section = read(file, mentions);
            TheorySection taken = byNumber.putIfAbsent(Integer.parseInt(section.number()), section);
            if (taken != null) {
                throw new InvalidChapterException(file, "section " + section.number() + " is already '"
                        + taken.title() + "'");
            }
        }
        if (byNumber.isEmpty()) throw new InvalidChapterException(folder, "holds no theory page");
        return new Chapter(List.copyOf(byNumber.values()));
    }

    /** In reading order. */
    public List<TheorySection> sections() {
        return sections;
    }

    public Optional<TheorySection> find(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    private static List<Path> pages(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static TheorySection read(Path file, FigureMentions mentions) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) throw new InvalidChapterException(file, "the file name must be NN-slug.md, e.g. 05-gradient-flow.md");
        Matcher parts = FRONT_MATTER.matcher(text(file));
        if (!parts.matches()) throw new InvalidChapterException(file, "has no front matter between --- lines");
        FrontMatter front = frontMatter(file, parts.group(1));
        if (front.number() == null || !front.number().matches("[1-9]\\d{0,2}")) {
            throw new InvalidChapterException(file, "number must be a section number such as \"5\", not '"
                    + front.number() + "'");
        }
        if (Integer.parseInt(front.number()) != Integer.parseInt(name.group(1))) {
            throw new InvalidChapterException(file, "number \"" + front.number() + "\" differs from the file name's "
                    + name.group(1));
        }
        if (front.title() == null || front.title().isBlank()) throw new InvalidChapterException(file, "has no title");
        String body = parts.group(2).strip();
        if (body.isEmpty()) throw new InvalidChapterException(file, "has no text after the front matter");
        FigureMentions.Filled filled = mentions.fill(body);
        if (!filled.faults().isEmpty()) throw new InvalidChapterException(file, String.join("; ", filled.faults()));
        return new TheorySection(front.number(), front.title().strip(), filled.markdown() + "\n");
    }

    private static FrontMatter frontMatter(Path file, String yaml) {
        try {
            FrontMatter front = YAML.readValue(yaml, FrontMatter.class);
            if (front == null) throw new InvalidChapterException(file, "the front matter is empty");
            return front;
        } catch (IOException e) {
            throw new InvalidChapterException(file, "the front matter cannot be read: " + e.getMessage());
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

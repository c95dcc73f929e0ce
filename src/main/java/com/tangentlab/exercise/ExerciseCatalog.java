package com.tangentlab.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every exercise under the exercises folder, by id, loaded and validated at start-up. */
public final class ExerciseCatalog {
    /**
     * The folder of the chapter's theory pages. It sits beside the exercises because students
     * read both and authors edit both, but it is not an exercise: the course loads it.
     */
    public static final String THEORY_FOLDER = "theory";

    private final Map<String, Exercise> byId;

    private ExerciseCatalog(Map<String, Exercise> byId) {
        this.byId = byId;
    }

    /** Loads every folder under {@code root}; known samples come from {@code samplesRoot}. */
    public static ExerciseCatalog load(Path root, Path samplesRoot) {
        if (!Files.isDirectory(root)) throw new InvalidExerciseException(root, "the exercises folder does not exist");
        List<Exercise> loaded = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals(THEORY_FOLDER)).sorted()::iterator) {
                loaded.add(ExerciseLoader.load(folder, samplesRoot));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        // Reading order everywhere exercises are listed: the gradebook's columns, exports, the demo class.
        loaded.sort(Comparator.comparing(Exercise::section, SectionNumbers.READING_ORDER));
        Map<String, Exercise> byId = new LinkedHashMap<>();
        loaded.forEach(e -> byId.put(e.id(), e));
        return new ExerciseCatalog(byId);
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** In reading order of their sections, then by id. */
    public Collection<Exercise> all() {
        return byId.values();
    }
}

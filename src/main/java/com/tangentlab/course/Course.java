package com.tangentlab.course;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.Values;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.IsoTimes;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The exercises as students see them, grouped by theory section, with each user's progress. */
public final class Course {
    private final ExerciseCatalog catalog;
    private final SubmissionStore store;
    private final CourseSettings settings;

    public Course(ExerciseCatalog catalog, SubmissionStore store, CourseSettings settings) {
        this.catalog = catalog;
        this.store = store;
        this.settings = settings;
    }

    public Optional<Exercise> find(String id) {
        return catalog.find(id);
    }

    public List<ExerciseProgress> exercises(String username) {
        Map<String, Double> best = store.bestScores(username, SubmissionSource.WEB);
        Map<String, OffsetDateTime> deadlines = settings.deadlines();
        String lateRule = settings.rules().lateRuleText();
        return catalog.all().stream()
                .map(e -> new ExerciseProgress(e.id(), e.title(), e.section(), e.points(), best.get(e.id()),
                        IsoTimes.format(deadlines.get(e.id())), deadlines.containsKey(e.id()) ? lateRule : null))
                .toList();
    }

    /** Sections in reading order ("3" before "15", "3.2" before "3.10"), each with its exercises in catalog order. */
    public List<SectionProgress> sections(String username) {
        Map<String, List<ExerciseProgress>> bySection = new TreeMap<>(Course::compareSections);
        for (ExerciseProgress p : exercises(username)) {
            bySection.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p);
        }
        List<SectionProgress> sections = new ArrayList<>();
        bySection.forEach((section, items) -> sections.add(new SectionProgress(section,
                items.stream().mapToDouble(ExerciseProgress::points).sum(),
                items.stream().filter(p -> p.bestScore() != null).mapToDouble(ExerciseProgress::bestScore).sum(),
                (int) items.stream().filter(p -> p.bestScore() != null).count(), List.copyOf(items))));
        return sections;
    }

    /** The statement, the starter and the rendered visible examples; nothing hidden. */
    public ExercisePage page(Exercise e) {
        List<ExercisePage.ExampleCall> examples = e.examples().stream().map(x -> {
            List<String> args = x.args().stream().map(Values::render).toList();
            return new ExercisePage.ExampleCall(x.name(), x.call().name() + "(" + String.join(", ", args) + ")",
                    args);
        }).toList();
        Optional<OffsetDateTime> deadline = settings.deadline(e.id());
        return new ExercisePage(e.id(), e.title(), e.section(), e.points(), read(e.statementFile()),
                read(e.starterFile()), examples, IsoTimes.format(deadline.orElse(null)),
                deadline.isPresent() ? settings.rules().lateRuleText() : null);
    }

    /** Whether a submission at {@code submittedAt} is after the exercise's deadline. */
    public boolean isLate(String exerciseId, OffsetDateTime submittedAt) {
        return settings.isLate(exerciseId, submittedAt);
    }

    /** The starter snippet, what a student's draft is before they save one. */
    public String starter(Exercise e) {
        return read(e.starterFile());
    }

    /** Compares dotted section numbers part by part, numerically where both parts are numbers. */
    static int compareSections(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

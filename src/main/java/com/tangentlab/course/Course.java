package com.tangentlab.course;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The chapter as students see it: every theory section in reading order, each with the
 * exercises that practise it and each user's progress.
 */
public final class Course {
    private final ExerciseCatalog catalog;
    private final Chapter chapter;
    private final SubmissionStore store;
    private final LongFunction<CourseSettings> settings;

    /** {@code settings} gives each offering's deadlines and rules. Refuses a catalog with an exercise whose section has no theory page, naming every such exercise. */
    public Course(ExerciseCatalog catalog, Chapter chapter, SubmissionStore store, LongFunction<CourseSettings> settings) {
        List<String> orphans = catalog.all().stream()
                .filter(e -> chapter.find(SectionNumbers.page(e.section())).isEmpty())
                .map(e -> e.id() + " (section \"" + e.section() + "\")").toList();
        if (!orphans.isEmpty()) {
            throw new InvalidChapterException("exercises practise sections that have no theory page: "
                    + String.join(", ", orphans));
        }
        this.catalog = catalog;
        this.chapter = chapter;
        this.store = store;
        this.settings = settings;
    }

    public Optional<Exercise> find(String id) {
        return catalog.find(id);
    }

    /** Every exercise with the user's best score and the deadline in {@code offeringId}. */
    public List<ExerciseProgress> exercises(long offeringId, String username) {
        Map<String, Double> best = store.bestScores(offeringId, username, SubmissionSource.WEB);
        CourseSettings rules = settings.apply(offeringId);
        Map<String, OffsetDateTime> deadlines = rules.deadlines(username);
        String lateRule = rules.rules().lateRuleText();
        return catalog.all().stream()
                .map(e -> new ExerciseProgress(e.id(), e.title(), e.section(), e.points(), best.get(e.id()),
                        IsoTimes.format(deadlines.get(e.id())), deadlines.containsKey(e.id()) ? lateRule : null))
                .toList();
    }

    /** Every section in reading order, those without exercises included. */
    public List<SectionProgress> sections(long offeringId, String username) {
        Map<String, List<ExerciseProgress>> bySection = bySection(offeringId, username);
        return chapter.sections().stream().map(s -> {
            List<ExerciseProgress> items = bySection.getOrDefault(s.number(), List.of());
            return new SectionProgress(s.number(), s.title(), points(items), earned(items), attempted(items), items);
        }).toList();
    }

    /** The theory of section {@code number} and its exercises; empty for a section the chapter does not have. */
    public Optional<SectionPage> section(long offeringId, String number, String username) {
        return chapter.find(number).map(s -> {
            List<ExerciseProgress> items = bySection(offeringId, username).getOrDefault(s.number(), List.of());
            return new SectionPage(s.number(), s.title(), s.markdown(), points(items), earned(items),
                    attempted(items), items);
        });
    }

    /** Exercises by chapter section, each list in reading order of the exercises' own sections ("1.1" before "1.3"). */
    private Map<String, List<ExerciseProgress>> bySection(long offeringId, String username) {
        Map<String, List<ExerciseProgress>> bySection = new HashMap<>();
        exercises(offeringId, username).stream()
                .sorted(Comparator.comparing(ExerciseProgress::section, SectionNumbers.READING_ORDER))
                .forEach(p -> bySection.computeIfAbsent(SectionNumbers.page(p.section()), s -> new ArrayList<>()).add(p));
        return bySection;
    }

    private static double points(List<ExerciseProgress> items) {
        return items.stream().mapToDouble(ExerciseProgress::points).sum();
    }

    private static double earned(List<ExerciseProgress> items) {
        return items.stream().filter(p -> p.bestScore() != null).mapToDouble(ExerciseProgress::bestScore).sum();
    }

    private static int attempted(List<ExerciseProgress> items) {
        return (int) items.stream().filter(p -> p.bestScore() != null).count();
    }

    /** The statement, the starter and the rendered visible examples, with {@code username}'s deadline there. */
    public ExercisePage page(long offeringId, String username, Exercise e) {
        List<ExercisePage.ExampleCall> examples = e.examples().stream().map(x -> {
            List<String> args = x.args().stream().map(Values::render).toList();
            return new ExercisePage.ExampleCall(x.name(), x.call().name() + "(" + String.join(", ", args) + ")",
                    args);
        }).toList();
        CourseSettings rules = settings.apply(offeringId);
        Optional<OffsetDateTime> deadline = rules.deadline(username, e.id());
        return new ExercisePage(e.id(), e.title(), e.section(), e.points(), read(e.statementFile()),
                read(e.starterFile()), examples, IsoTimes.format(deadline.orElse(null)),
                deadline.isPresent() ? rules.rules().lateRuleText() : null);
    }

    /** Whether a submission at {@code submittedAt} is after the exercise's deadline. */
    public boolean isLate(long offeringId, String username, String exerciseId, OffsetDateTime submittedAt) {
        return settings.apply(offeringId).isLate(username, exerciseId, submittedAt);
    }

    /** The starter snippet, what a student's draft is before they save one. */
    public String starter(Exercise e) {
        return read(e.starterFile());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

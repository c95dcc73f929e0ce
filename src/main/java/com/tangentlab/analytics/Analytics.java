package com.tangentlab.analytics;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.HintTally;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.TestTally;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Per-exercise numbers over the class (the web submissions of student accounts): best scores,
 * who solved it and after how many attempts, item analysis of every test, the most frequent
 * hints, and how students who read the theory first fared.
 */
public final class Analytics {
    /** Equal-width bins of the best-score histogram. */
    static final int HISTOGRAM_BINS = 10;
    /** How many of the most frequent hints are reported. */
    static final int TOP_HINTS = 10;

    private final ExerciseCatalog catalog;
    private final ClassSubmissions submissions;
    private final SectionViewStore views;

    public Analytics(ExerciseCatalog catalog, ClassSubmissions submissions, SectionViewStore views) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.views = views;
    }

    /** One summary per exercise, in catalogue order. */
    public List<ExerciseSummary> summaries() {
        return catalog.all().stream().map(e -> summary(e, students(e))).toList();
    }

    public ExerciseReport report(Exercise exercise) {
        List<StudentRecord> students = students(exercise);
        List<StudentRecord> graded = students.stream().filter(StudentRecord::graded).toList();
        return new ExerciseReport(summary(exercise, students), histogram(exercise.points(), graded),
                tests(exercise), hints(exercise), theory(exercise, graded));
    }

    private List<StudentRecord> students(Exercise exercise) {
        Map<String, List<Attempt>> byStudent = new LinkedHashMap<>();
        for (Attempt a : submissions.ofExercise(exercise.id())) {
            byStudent.computeIfAbsent(a.submission().student(), s -> new ArrayList<>()).add(a);
        }
        return byStudent.entrySet().stream().map(e -> new StudentRecord(e.getKey(), e.getValue())).toList();
    }

    private static ExerciseSummary summary(Exercise exercise, List<StudentRecord> students) {
        List<StudentRecord> graded = students.stream().filter(StudentRecord::graded).toList();
        List<Double> best = graded.stream().map(StudentRecord::best).toList();
        List<Integer> toSolve = graded.stream().map(StudentRecord::attemptsToSolve).filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt).toList();
        int attempts = students.stream().mapToInt(s -> s.attempts().size()).sum();
        return new ExerciseSummary(exercise.id(), exercise.title(), exercise.section(), exercise.points(),
                graded.size(), attempts, Averages.mean(best), Averages.median(best),
                Averages.share(toSolve.size(), graded.size()), Averages.mean(toSolve), Averages.median(toSolve));
    }

    /** Bins over [0, points]; a best score of full marks (or above, before a regrade) goes in the last bin. */
    static List<ExerciseReport.Bin> histogram(double points, List<StudentRecord> graded) {
        double width = points / HISTOGRAM_BINS;
        int[] counts = new int[HISTOGRAM_BINS];
        for (StudentRecord s : graded) {
            int bin = width <= 0 ? 0 : (int) Math.floor(s.best() / width);
            counts[Math.max(0, Math.min(HISTOGRAM_BINS - 1, bin))]++;
        }
        List<ExerciseReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < HISTOGRAM_BINS; i++) bins.add(new ExerciseReport.Bin(i * width, (i + 1) * width, counts[i]));
        return bins;
    }

    private List<ExerciseReport.TestPassRate> tests(Exercise exercise) {
        return submissions.testTallies(exercise.id()).stream().map(Analytics::passRate).toList();
    }

    private static ExerciseReport.TestPassRate passRate(TestTally t) {
        return new ExerciseReport.TestPassRate(t.name(), t.kind(), t.results(), t.passed(), t.submissions(),
                (double) t.passed() / t.results());
    }

    private List<ExerciseReport.HintCount> hints(Exercise exercise) {
        Map<String, String> misconceptionByHint = new LinkedHashMap<>();
        exercise.misconceptions().forEach(m -> misconceptionByHint.put(m.hint(), m.name()));
        List<ExerciseReport.HintCount> counts = new ArrayList<>();
        for (HintTally h : submissions.hintTallies(exercise.id())) {
            if (counts.size() == TOP_HINTS) break;
            counts.add(new ExerciseReport.HintCount(misconceptionByHint.get(h.hint()), h.hint(), h.submissions(),
                    h.students()));
        }
        return counts;
    }

    /**
     * "Read first" means a view of the exercise's section page at or before the student's first
     * submission of the exercise; views are of whole pages ("1"), exercises may name a subsection ("1.3").
     */
    private ExerciseReport.TheoryEffect theory(Exercise exercise, List<StudentRecord> graded) {
        String page = SectionNumbers.page(exercise.section());
        Map<String, OffsetDateTime> firstViews = views.firstViews(page);
        List<StudentRecord> readFirst = new ArrayList<>();
        List<StudentRecord> didNot = new ArrayList<>();
        for (StudentRecord s : graded) {
            OffsetDateTime viewed = firstViews.get(s.student());
            boolean before = viewed != null && !viewed.isAfter(s.firstAttemptAt());
            (before ? readFirst : didNot).add(s);
        }
        return new ExerciseReport.TheoryEffect(page, group(readFirst), group(didNot));
    }

    private static ExerciseReport.Group group(List<StudentRecord> students) {
        List<Double> best = students.stream().map(StudentRecord::best).filter(Objects::nonNull).toList();
        long solved = students.stream().filter(StudentRecord::solved).count();
        return new ExerciseReport.Group(students.size(), Averages.mean(best), Averages.share(solved, students.size()));
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.offering.Member;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.store.SubmissionStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The instructor's view of one offering: every student's score per exercise under its grading
 * and late policies, web and batch submissions alike. Students are the offering's student members
 * plus anyone a graded folder names (matched to a member by username).
 */
public final class Gradebook {
    private final ExerciseCatalog catalog;
    private final Offerings offerings;
    private final long offeringId;
    private final GradebookStore attempts;
    private final CourseRulesStore rules;
    private final ExtensionStore extensions;
    private final SubmissionStore submissions;

    /** {@code attempts}, {@code rules} and {@code extensions} are the offering {@code offeringId}'s. */
    public Gradebook(ExerciseCatalog catalog, Offerings offerings, long offeringId, GradebookStore attempts,
            CourseRulesStore rules, ExtensionStore extensions, SubmissionStore submissions) {
        this.extensions = extensions;
        this.catalog = catalog;
        this.offerings = offerings;
        this.offeringId = offeringId;
        this.attempts = attempts;
        this.rules = rules;
        this.submissions = submissions;
    }

    /** An attempt shown from a gradebook cell: the code and, once graded, every test and diagnostic. */
    public record AttemptDetail(ScoredAttempt attempt, String code, Optional<Grade> grade) {}

    public GradebookTable table() {
        Context context = context();
        Map<String, Member> users = usersByName();
        Map<String, List<AttemptRecord>> byStudent = attempts.all().stream()
                .collect(Collectors.groupingBy(AttemptRecord::student));
        TreeSet<String> students = new TreeSet<>();
        users.values().stream().filter(u -> u.role() == OfferingRole.STUDENT).forEach(u -> students.add(u.username()));
        byStudent.keySet().stream().filter(s -> !isStaff(users.get(s))).forEach(students::add);
        List<GradebookTable.Row> rows = students.stream()
                .map(s -> row(s, users.get(s), byStudent.getOrDefault(s, List.of()), context)).toList();
        return new GradebookTable(context.rules, context.columns, context.maxTotal(), rows);
    }

    /** Empty for a name that is neither a student account nor in any submission. */
    public Optional<StudentRecord> student(String username) {
        Member user = usersByName().get(username);
        List<AttemptRecord> mine = attempts.ofStudent(username);
        if (isStaff(user) || (user == null && mine.isEmpty())) return Optional.empty();
        Context context = context();
        Map<String, OffsetDateTime> previous = new HashMap<>();
        List<StudentRecord.Entry> timeline = new ArrayList<>();
        for (AttemptRecord a : mine) {
            OffsetDateTime before = previous.put(a.exerciseId(), a.submittedAt());
            Long gap = before == null ? null : Duration.between(before, a.submittedAt()).toSeconds();
            timeline.add(new StudentRecord.Entry(context.scored(a), gap));
        }
        return Optional.of(new StudentRecord(row(username, user, mine, context), context.columns, timeline));
    }

    /** A student's attempts at one exercise, oldest first, with code and grade. */
    public List<AttemptDetail> attempts(String student, String exerciseId) {
        Context context = context();
        return attempts.withCode(student, exerciseId).stream()
                .map(w -> new AttemptDetail(context.scored(w.attempt()), w.code(),
                        w.attempt().graded() ? submissions.grade(w.attempt().id()) : Optional.empty()))
                .toList();
    }

    /** Every submission, oldest first, scored against its deadline: what the attempts export holds. */
    public List<ScoredAttempt> allAttempts() {
        Context context = context();
        return attempts.all().stream().map(context::scored).toList();
    }

    private GradebookTable.Row row(String username, Member user, List<AttemptRecord> mine, Context context) {
        Map<String, List<AttemptRecord>> byExercise = mine.stream()
                .collect(Collectors.groupingBy(AttemptRecord::exerciseId));
        Map<String, GradebookTable.Cell> cells = new LinkedHashMap<>();
        double total = 0;
        for (GradebookTable.Column column : context.columns) {
            List<AttemptRecord> tries = byExercise.get(column.id());
            if (tries == null) continue;
            GradebookTable.Cell cell = cell(tries, context);
            cells.put(column.id(), cell);
            if (cell.score() != null) total += cell.score();
        }
        total = Scoring.hundredths(total);
        double percent = context.maxTotal() > 0 ? Scoring.hundredths(100 * total / context.maxTotal()) : 0;
        return new GradebookTable.Row(username, user == null ? username : user.displayName(), user != null, cells,
                total, percent, context.extended(username));
    }

    private static GradebookTable.Cell cell(List<AttemptRecord> tries, Context context) {
        List<ScoredAttempt> graded = tries.stream().filter(AttemptRecord::graded).map(context::scored).toList();
        boolean grading = graded.size() < tries.size();
        return Scoring.counting(graded, ScoredAttempt::scored, context.rules.grading())
                .map(c -> new GradebookTable.Cell(c.scored().score(), c.scored().rawScore(),
                        c.scored().penaltyPercent(), c.late(), tries.size(), c.attempt().id(), grading))
                .orElse(new GradebookTable.Cell(null, null, 0, false, tries.size(), null, grading));
    }

    private Context context() {
        CourseRules current = rules.rules();
        Map<String, OffsetDateTime> deadlines = rules.deadlines();
        List<GradebookTable.Column> columns = catalog.all().stream()
                .map(e -> new GradebookTable.Column(e.id(), e.title(), e.points(), deadlines.get(e.id()))).toList();
        return new Context(current, deadlines, columns, extensions.all().stream()
                .collect(Collectors.groupingBy(Extension::username)));
    }

    private Map<String, Member> usersByName() {
        return offerings.members(offeringId).stream().collect(Collectors.toMap(Member::username, Function.identity()));
    }

    /** Instructors and teaching assistants try exercises too; their tries are no grades. */
    private static boolean isStaff(Member user) {
        return user != null && user.role() != OfferingRole.STUDENT;
    }

    /** The rules and deadlines read once per request, so one answer never mixes two versions. */
    private record Context(CourseRules rules, Map<String, OffsetDateTime> deadlines,
            List<GradebookTable.Column> columns, Map<String, List<Extension>> extensions) {
        /** Against the student's own deadline: the course's, or a later one an extension granted. */
        ScoredAttempt scored(AttemptRecord a) {
            return ScoredAttempt.of(a, StudentDeadlines.effective(deadlines.get(a.exerciseId()),
                    extensions.getOrDefault(a.student(), List.of()), a.exerciseId()), rules);
        }

        Map<String, String> extended(String student) {
            Map<String, String> moved = new TreeMap<>();
            StudentDeadlines.of(deadlines, extensions.getOrDefault(student, List.of())).forEach((exercise, due) -> {
                if (!due.equals(deadlines.get(exercise))) moved.put(exercise, IsoTimes.format(due));
            });
            return moved;
        }

        double maxTotal() {
            return Scoring.hundredths(columns.stream().mapToDouble(GradebookTable.Column::points).sum());
        }
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Role;
import com.tangentlab.account.User;
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
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The instructor's view of the course: every student's score per exercise under the grading
 * and late policies, web and batch submissions alike. Students are the student accounts plus
 * anyone a graded folder names (matched to an account by username).
 */
public final class Gradebook {
    private final ExerciseCatalog catalog;
    private final AccountService accounts;
    private final GradebookStore attempts;
    private final CourseRulesStore rules;
    private final SubmissionStore submissions;

    public Gradebook(ExerciseCatalog catalog, AccountService accounts, GradebookStore attempts,
            CourseRulesStore rules, SubmissionStore submissions) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.attempts = attempts;
        this.rules = rules;
        this.submissions = submissions;
    }

    /** An attempt shown from a gradebook cell: the code and, once graded, every test and diagnostic. */
    public record AttemptDetail(ScoredAttempt attempt, String code, Optional<Grade> grade) {}

    public GradebookTable table() {
        Context context = context();
        Map<String, User> users = usersByName();
        Map<String, List<AttemptRecord>> byStudent = attempts.all().stream()
                .collect(Collectors.groupingBy(AttemptRecord::student));
        TreeSet<String> students = new TreeSet<>();
        users.values().stream().filter(u -> u.role() == Role.STUDENT).forEach(u -> students.add(u.username()));
        byStudent.keySet().stream().filter(s -> !isInstructor(users.get(s))).forEach(students::add);
        List<GradebookTable.Row> rows = students.stream()
                .map(s -> row(s, users.get(s), byStudent.getOrDefault(s, List.of()), context)).toList();
        return new GradebookTable(context.rules, context.columns, context.maxTotal(), rows);
    }

    /** Empty for a name that is neither a student account nor in any submission. */
    public Optional<StudentRecord> student(String username) {
        User user = usersByName().get(username);
        List<AttemptRecord> mine = attempts.ofStudent(username);
        if (isInstructor(user) || (user == null && mine.isEmpty())) return Optional.empty();
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

    /**
     * Each exercise's attempt that counts for {@code student}, scored exactly as the gradebook's cell is;
     * an exercise without a graded attempt is absent. What a student is shown as their standing.
     */
    public Map<String, ScoredAttempt> counting(String student) {
        Context context = context();
        Map<String, List<AttemptRecord>> byExercise = attempts.ofStudent(student).stream()
                .collect(Collectors.groupingBy(AttemptRecord::exerciseId));
        Map<String, ScoredAttempt> counting = new HashMap<>();
        byExercise.forEach((id, tries) -> countingOf(tries, context).ifPresent(c -> counting.put(id, c)));
        return counting;
    }

    /** Every submission, oldest first, scored against its deadline: what the attempts export holds. */
    public List<ScoredAttempt> allAttempts() {
        Context context = context();
        return attempts.all().stream().map(context::scored).toList();
    }

    private GradebookTable.Row row(String username, User user, List<AttemptRecord> mine, Context context) {
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
                total, percent);
    }

    private static GradebookTable.Cell cell(List<AttemptRecord> tries, Context context) {
        boolean grading = tries.stream().anyMatch(a -> !a.graded());
        return countingOf(tries, context)
                .map(c -> new GradebookTable.Cell(c.scored().score(), c.scored().rawScore(),
                        c.scored().penaltyPercent(), c.late(), tries.size(), c.attempt().id(), grading))
                .orElse(new GradebookTable.Cell(null, null, 0, false, tries.size(), null, grading));
    }

    /** The attempt that counts among {@code tries} (oldest first) under the rules; empty while none is graded. */
    private static Optional<ScoredAttempt> countingOf(List<AttemptRecord> tries, Context context) {
        List<ScoredAttempt> graded = tries.stream().filter(AttemptRecord::graded).map(context::scored).toList();
        return Scoring.counting(graded, ScoredAttempt::scored, context.rules.grading());
    }

    private Context context() {
        CourseRules current = rules.rules();
        Map<String, OffsetDateTime> deadlines = rules.deadlines();
        List<GradebookTable.Column> columns = catalog.all().stream()
                .map(e -> new GradebookTable.Column(e.id(), e.title(), e.points(), deadlines.get(e.id()))).toList();
        return new Context(current, deadlines, columns);
    }

    private Map<String, User> usersByName() {
        return accounts.users().stream().collect(Collectors.toMap(User::username, Function.identity()));
    }

    private static boolean isInstructor(User user) {
        return user != null && user.role() == Role.INSTRUCTOR;
    }

    /** The rules and deadlines read once per request, so one answer never mixes two versions. */
    private record Context(CourseRules rules, Map<String, OffsetDateTime> deadlines,
            List<GradebookTable.Column> columns) {
        ScoredAttempt scored(AttemptRecord a) {
            return ScoredAttempt.of(a, deadlines.get(a.exerciseId()), rules);
        }

        double maxTotal() {
            return Scoring.hundredths(columns.stream().mapToDouble(GradebookTable.Column::points).sum());
        }
    }
}

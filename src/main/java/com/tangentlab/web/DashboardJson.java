package com.tangentlab.web;

import com.tangentlab.gradebook.CourseRules;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.GradebookTable;
import com.tangentlab.gradebook.IsoTimes;
import com.tangentlab.gradebook.ScoredAttempt;
import com.tangentlab.gradebook.StudentRecord;
import java.util.List;
import java.util.Map;

/** The JSON the instructor dashboard exchanges: gradebook, student timelines and course settings. */
final class DashboardJson {
    private DashboardJson() {}

    /** @param deadline ISO-8601, null for none */
    record Column(String id, String title, double points, String deadline) {
        static Column of(GradebookTable.Column c) {
            return new Column(c.id(), c.title(), c.points(), IsoTimes.format(c.deadline()));
        }

        static List<Column> all(List<GradebookTable.Column> columns) {
            return columns.stream().map(Column::of).toList();
        }
    }

    record Rules(String gradingPolicy, String latePolicy, double penaltyPercentPerDay, String lateRule) {
        static Rules of(CourseRules r) {
            return new Rules(r.grading().label(), r.late().label(), r.penaltyPercentPerDay(), r.lateRuleText());
        }
    }

    record Gradebook(Rules rules, List<Column> exercises, double maxTotal, List<GradebookTable.Row> rows) {
        static Gradebook of(GradebookTable t) {
            return new Gradebook(Rules.of(t.rules()), Column.all(t.exercises()), t.maxTotal(), t.rows());
        }
    }

    /**
     * @param score    after the late rule; null while ungraded
     * @param rawScore the judge's score
     */
    record Attempt(long id, String exerciseId, String submittedAt, String source, String status, Double score,
            Double rawScore, Double maxScore, double penaltyPercent, boolean late, long daysLate) {
        static Attempt of(ScoredAttempt s) {
            var a = s.attempt();
            return new Attempt(a.id(), a.exerciseId(), IsoTimes.format(a.submittedAt()), a.sourceLabel(), a.status(),
                    s.scored() == null ? null : s.scored().score(), a.score(), a.maxScore(),
                    s.scored() == null ? 0 : s.scored().penaltyPercent(), s.late(), s.daysLate());
        }
    }

    /** @param secondsSincePrevious since the previous attempt at the same exercise; null for the first */
    record TimelineEntry(Attempt attempt, Long secondsSincePrevious) {}

    record Student(String username, String displayName, boolean hasAccount, double total, double percent,
            double maxTotal, List<Column> exercises, Map<String, GradebookTable.Cell> cells,
            List<TimelineEntry> timeline) {
        static Student of(StudentRecord s) {
            var row = s.row();
            double max = s.exercises().stream().mapToDouble(GradebookTable.Column::points).sum();
            return new Student(row.username(), row.displayName(), row.hasAccount(), row.total(), row.percent(), max,
                    Column.all(s.exercises()), row.cells(), s.timeline().stream()
                            .map(e -> new TimelineEntry(Attempt.of(e.attempt()), e.secondsSincePrevious())).toList());
        }
    }

    /** @param grade null while ungraded */
    record AttemptDetail(Attempt attempt, String code, Responses.GradeView grade) {
        static AttemptDetail of(com.tangentlab.gradebook.Gradebook.AttemptDetail d) {
            return new AttemptDetail(Attempt.of(d.attempt()), d.code(),
                    d.grade().map(g -> Responses.GradeView.of(g, false)).orElse(null));
        }
    }

    record Attempts(String student, String exerciseId, List<AttemptDetail> attempts) {}

    record Settings(Rules rules, List<Column> exercises) {
        static Settings of(CourseSettings.View v) {
            return new Settings(Rules.of(v.rules()), Column.all(v.exercises()));
        }
    }

    /** @param deadlines exercise id to ISO-8601 with an offset; absent, null or "" for none */
    record SettingsBody(String gradingPolicy, String latePolicy, Double penaltyPercentPerDay,
            Map<String, String> deadlines) {}
}

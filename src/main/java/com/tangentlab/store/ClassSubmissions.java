package com.tangentlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads across the whole class of one offering, for instructors: searching submissions, and what analytics,
 * regrading and the similarity report start from. "The class" is the web submissions of
 * student accounts; instructors' own tries are left out.
 */
public final class ClassSubmissions {
    private static final String COLUMNS = "s.id, s.student, s.exercise_id, s.code, s.submitted_at, s.seed,"
            + " s.source, s.batch, s.status, s.score, s.max_score";
    /** The offering's own students: their role there, not their account's, decides. */
    private static final String STUDENTS = " JOIN offering_members m ON m.username = s.student"
            + " AND m.offering_id = s.offering_id AND m.role = 'student' WHERE s.offering_id = ? AND s.source = 'web'";
    private static final String FILTER = " FROM submissions s WHERE s.offering_id = ?"
            + " AND (CAST(? AS VARCHAR) IS NULL OR s.exercise_id = ?)"
            + " AND (CAST(? AS VARCHAR) IS NULL OR s.status = ? OR (? = '" + SubmissionFilter.UNGRADED
            + "' AND s.status IS NULL))"
            + " AND (CAST(? AS VARCHAR) IS NULL OR s.student = ?)"
            + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR s.submitted_at >= ?)"
            + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL OR s.submitted_at < ?)";
    private static final String SEARCH = "SELECT " + COLUMNS + FILTER + " ORDER BY s.id DESC LIMIT ?";
    private static final String COUNT = "SELECT COUNT(*)" + FILTER;
    private static final String OF_EXERCISE = "SELECT " + COLUMNS + " FROM submissions s" + STUDENTS
            + " AND s.exercise_id = ? ORDER BY s.id";
    private static final String LATEST = "SELECT " + COLUMNS + " FROM submissions s" + STUDENTS
            + " AND s.id IN (SELECT MAX(id) FROM submissions WHERE offering_id = ? AND exercise_id = ? AND source = 'web'"
            + " GROUP BY student) ORDER BY s.student";
    private static final String GRADED = "SELECT " + COLUMNS + " FROM submissions s WHERE s.offering_id = ?"
            + " AND s.status IS NOT NULL AND (CAST(? AS VARCHAR) IS NULL OR s.exercise_id = ?) ORDER BY s.id";
    private static final String ONE = "SELECT " + COLUMNS + " FROM submissions s WHERE s.offering_id = ? AND s.id = ?";
    private static final String TESTS = "SELECT t.name, t.kind, MIN(t.position) AS first_position,"
            + " COUNT(*) AS results, SUM(CASE WHEN t.passed THEN 1 ELSE 0 END) AS passed,"
            + " COUNT(DISTINCT t.submission_id) AS submissions FROM test_results t"
            + " JOIN submissions s ON s.id = t.submission_id" + STUDENTS
            + " AND s.exercise_id = ? GROUP BY t.name, t.kind ORDER BY first_position, t.name";
    private static final String HINTS = "SELECT t.hint,"
            + " COUNT(DISTINCT s.id) AS submissions, COUNT(DISTINCT s.student) AS students FROM test_results t"
            + " JOIN submissions s ON s.id = t.submission_id" + STUDENTS
            + " AND s.exercise_id = ? AND t.passed = FALSE AND t.hint IS NOT NULL AND t.kind <> 'property'"
            + " GROUP BY t.hint ORDER BY submissions DESC, t.hint";

    private final DataSource dataSource;
    private final long offeringId;

    /** The class of one offering. */
    public ClassSubmissions(DataSource dataSource, long offeringId) {
        this.dataSource = dataSource;
        this.offeringId = offeringId;
    }

    /** A submission of any source made in this offering; empty for one of another offering. */
    public Optional<StoredSubmission> find(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(ONE)) {
            select.setLong(1, offeringId);
            select.setLong(2, id);
            return attempts(select).stream().map(Attempt::submission).findFirst();
        } catch (SQLException e) {
            throw new StoreException("cannot read the submission " + id, e);
        }
    }

    /** Submissions of any source matching {@code filter}, newest first, at most {@code limit}. */
    public List<Attempt> search(SubmissionFilter filter, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SEARCH)) {
            bindFilter(select, filter);
            select.setInt(13, limit);
            return attempts(select);
        } catch (SQLException e) {
            throw new StoreException("cannot search the submissions", e);
        }
    }

    /** How many submissions match {@code filter}, however many were listed. */
    public int count(SubmissionFilter filter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(COUNT)) {
            bindFilter(select, filter);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the submissions", e);
        }
    }

    /** Every submission of the class to one exercise, oldest first, graded or not. */
    public List<Attempt> ofExercise(String exerciseId) {
        return query(OF_EXERCISE, exerciseId, "cannot list the submissions to " + exerciseId);
    }

    /** Each student's latest submission to one exercise, by student. */
    public List<Attempt> latestPerStudent(String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(LATEST)) {
            select.setLong(1, offeringId);
            select.setLong(2, offeringId);
            select.setString(3, exerciseId);
            return attempts(select);
        } catch (SQLException e) {
            throw new StoreException("cannot list the latest submissions to " + exerciseId, e);
        }
    }

    /** Graded submissions of any source and any author, of one exercise or (null) of all; oldest first. */
    public List<Attempt> graded(String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(GRADED)) {
            select.setLong(1, offeringId);
            select.setString(2, exerciseId);
            select.setString(3, exerciseId);
            return attempts(select);
        } catch (SQLException e) {
            throw new StoreException("cannot list the graded submissions", e);
        }
    }

    /** Pass counts of every test and property check of one exercise over the class's graded submissions. */
    public List<TestTally> testTallies(String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(TESTS)) {
            select.setLong(1, offeringId);
            select.setString(2, exerciseId);
            try (ResultSet r = select.executeQuery()) {
                List<TestTally> tallies = new ArrayList<>();
                while (r.next()) {
                    tallies.add(new TestTally(r.getString("name"), r.getString("kind"), r.getInt("results"),
                            r.getInt("passed"), r.getInt("submissions")));
                }
                return tallies;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot tally the tests of " + exerciseId, e);
        }
    }

    /** The hints of failed tests (not of properties) of one exercise, most frequent first. */
    public List<HintTally> hintTallies(String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(HINTS)) {
            select.setLong(1, offeringId);
            select.setString(2, exerciseId);
            try (ResultSet r = select.executeQuery()) {
                List<HintTally> tallies = new ArrayList<>();
                while (r.next()) {
                    tallies.add(new HintTally(r.getString("hint"), r.getInt("submissions"), r.getInt("students")));
                }
                return tallies;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot tally the hints of " + exerciseId, e);
        }
    }

    private List<Attempt> query(String sql, String exerciseId, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, offeringId);
            select.setString(2, exerciseId);
            return attempts(select);
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    private void bindFilter(PreparedStatement select, SubmissionFilter f) throws SQLException {
        select.setLong(1, offeringId);
        select.setString(2, f.exerciseId());
        select.setString(3, f.exerciseId());
        select.setString(4, f.status());
        select.setString(5, f.status());
        select.setString(6, f.status());
        select.setString(7, f.student());
        select.setString(8, f.student());
        setTime(select, 9, f.from());
        setTime(select, 10, f.from());
        setTime(select, 11, f.until());
        setTime(select, 12, f.until());
    }

    private static void setTime(PreparedStatement select, int index, OffsetDateTime time) throws SQLException {
        if (time == null) select.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        else select.setObject(index, time);
    }

    private static List<Attempt> attempts(PreparedStatement select) throws SQLException {
        try (ResultSet r = select.executeQuery()) {
            List<Attempt> found = new ArrayList<>();
            while (r.next()) {
                StoredSubmission s = new StoredSubmission(r.getLong("id"), r.getString("student"),
                        r.getString("exercise_id"), r.getString("code"),
                        r.getObject("submitted_at", OffsetDateTime.class), r.getLong("seed"),
                        SubmissionSource.fromLabel(r.getString("source")), r.getString("batch"));
                found.add(new Attempt(s, r.getString("status"), r.getObject("score", Double.class),
                        r.getObject("max_score", Double.class)));
            }
            return found;
        }
    }
}

package com.tangentlab.store;

import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Submissions and their grades. A submission is inserted before it is graded and its grade
 * recorded afterwards in one transaction, so a crash in between leaves it in {@link #ungraded(SubmissionSource)}.
 */
public final class SubmissionStore {
    private static final String INSERT_SUBMISSION = "INSERT INTO submissions"
            + " (student, exercise_id, code, submitted_at, seed, source, batch, offering_id) VALUES (?, ?, ?, ?, ?, ?, ?,"
            + " COALESCE(CAST(? AS BIGINT), (SELECT MIN(id) FROM offerings)))";
    private static final String SELECT_SUBMISSION = "SELECT id, student, exercise_id, code, submitted_at, seed,"
            + " source, batch FROM submissions";
    private static final String SELECT_BY_ID = SELECT_SUBMISSION + " WHERE id = ?";
    private static final String SELECT_UNGRADED_FROM = SELECT_SUBMISSION
            + " WHERE status IS NULL AND failure IS NULL AND queued = FALSE AND source = ? ORDER BY id";
    private static final String SELECT_ATTEMPTS = "SELECT id, student, exercise_id, code, submitted_at, seed,"
            + " source, batch, status, score, max_score FROM submissions WHERE student = ? AND exercise_id = ?"
            + " AND source = ? AND offering_id = ? ORDER BY id";
    private static final String SELECT_BEST = "SELECT exercise_id, MAX(score) AS best FROM submissions"
            + " WHERE student = ? AND source = ? AND offering_id = ? AND status IS NOT NULL GROUP BY exercise_id";
    /** A grade or a failure also takes the submission out of the grading queue and ends its lease. */
    private static final String LEAVE_QUEUE = "queued = FALSE, lease_owner = NULL, lease_expires_at = NULL";
    private static final String RECORD_GRADE = "UPDATE submissions SET status = ?, score = ?, max_score = ?,"
            + " message = ?, graded_at = ?, " + LEAVE_QUEUE + " WHERE id = ? AND status IS NULL";
    private static final String RECORD_FAILURE = "UPDATE submissions SET failure = ?, " + LEAVE_QUEUE
            + " WHERE id = ? AND status IS NULL";
    private static final String SELECT_FAILURE = "SELECT failure FROM submissions WHERE id = ? AND failure IS NOT NULL";
    /** The failure column's width. */
    private static final int MAX_FAILURE_CHARS = 1000;
    private static final String INSERT_TEST = "INSERT INTO test_results"
            + " (submission_id, position, name, kind, passed, points, max_points, hint, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DIAGNOSTIC = "INSERT INTO diagnostics"
            + " (submission_id, position, line, col, message) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT_GRADE = "SELECT status, score, max_score, message FROM submissions"
            + " WHERE id = ? AND status IS NOT NULL";
    private static final String SELECT_TESTS = "SELECT name, kind, passed, points, max_points, hint, detail"
            + " FROM test_results WHERE submission_id = ? ORDER BY position";
    private static final String SELECT_DIAGNOSTICS = "SELECT line, col, message FROM diagnostics"
            + " WHERE submission_id = ? ORDER BY position";

    /** The generated column to return, named: PostgreSQL would otherwise return every column. */
    private static final String[] GENERATED_ID = {"id"};

    private final DataSource dataSource;
    private final Clock clock;

    public SubmissionStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Stores a submission, not yet graded, stamped with the current time. */
    public StoredSubmission add(NewSubmission s) {
        return addAt(s, OffsetDateTime.now(clock));
    }

    /** Stores a submission, not yet graded, stamped with {@code submittedAt}: seeded demo data has a past. */
    public StoredSubmission addAt(NewSubmission s, OffsetDateTime submittedAt) {
        try (Connection c = dataSource.getConnection()) {
            return insert(c, s, submittedAt);
        } catch (SQLException e) {
            throw new StoreException("cannot store the submission of " + s.student() + " to " + s.exerciseId(), e);
        }
    }

    /**
     * Stores a submission, not yet graded, stamped with the current time, on {@code c}: for a caller that
     * stores it inside a transaction of its own, like the grading queue's intake.
     */
    public StoredSubmission add(Connection c, NewSubmission s) throws SQLException {
        return insert(c, s, OffsetDateTime.now(clock));
    }

    private static StoredSubmission insert(Connection c, NewSubmission s, OffsetDateTime submittedAt)
            throws SQLException {
        // The database keeps microseconds; truncating here makes what we return equal what we read back.
        // PostgreSQL reads every time back in UTC, so it is written in UTC too.
        OffsetDateTime now = submittedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = c.prepareStatement(INSERT_SUBMISSION, GENERATED_ID)) {
            insert.setString(1, s.student());
            insert.setString(2, s.exerciseId());
            insert.setString(3, s.code());
            insert.setObject(4, now);
            insert.setLong(5, s.seed());
            insert.setString(6, s.source().label());
            insert.setString(7, s.batch());
            if (s.offeringId() == null) insert.setNull(8, Types.BIGINT);
            else insert.setLong(8, s.offeringId());
            insert.executeUpdate();
            return new StoredSubmission(generatedId(insert), s.student(), s.exerciseId(), s.code(), now, s.seed(),
                    s.source(), s.batch());
        }
    }

    public Optional<StoredSubmission> find(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_BY_ID)) {
            select.setLong(1, id);
            List<StoredSubmission> found = submissions(select);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("cannot read submission " + id, e);
        }
    }

    /**
     * The ungraded submissions that came in through {@code source} and are not in the shared grading queue,
     * oldest first: what an interrupted local run left.
     */
    public List<StoredSubmission> ungraded(SubmissionSource source) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(SELECT_UNGRADED_FROM)) {
            select.setString(1, source.label());
            return submissions(select);
        } catch (SQLException e) {
            throw new StoreException("cannot list ungraded " + source.label() + " submissions", e);
        }
    }

    /** A student's submissions of one exercise through {@code source} in one offering, oldest first, graded or not. */
    public List<Attempt> attempts(long offeringId, String student, String exerciseId, SubmissionSource source) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_ATTEMPTS)) {
            select.setString(1, student);
            select.setString(2, exerciseId);
            select.setString(3, source.label());
            select.setLong(4, offeringId);
            try (ResultSet r = select.executeQuery()) {
                List<Attempt> attempts = new ArrayList<>();
                while (r.next()) {
                    StoredSubmission s = new StoredSubmission(r.getLong("id"), r.getString("student"),
                            r.getString("exercise_id"), r.getString("code"),
                            r.getObject("submitted_at", OffsetDateTime.class), r.getLong("seed"),
                            SubmissionSource.fromLabel(r.getString("source")), r.getString("batch"));
                    attempts.add(new Attempt(s, r.getString("status"), r.getObject("score", Double.class),
                            r.getObject("max_score", Double.class)));
                }
                return attempts;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the submissions of " + student + " to " + exerciseId, e);
        }
    }

    /** A student's best recorded score per exercise in one offering, over graded submissions through {@code source}. */
    public Map<String, Double> bestScores(long offeringId, String student, SubmissionSource source) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_BEST)) {
            select.setString(1, student);
            select.setString(2, source.label());
            select.setLong(3, offeringId);
            try (ResultSet r = select.executeQuery()) {
                Map<String, Double> best = new HashMap<>();
                while (r.next()) best.put(r.getString("exercise_id"), r.getDouble("best"));
                return best;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the best scores of " + student, e);
        }
    }

    /** Records the grade, its test results and diagnostics all at once, or none of them. */
    public void recordGrade(long id, Grade grade) {
        if (!tryRecordGrade(id, grade)) {
            throw new StoreException("submission " + id + " does not exist or is already graded");
        }
    }

    /**
     * Records the grade as {@link #recordGrade} does, unless the submission already has one (or does not
     * exist): then nothing is written and the answer is false. Of two graders racing to record a grade for
     * one submission, exactly one gets true; the other's transaction waits on the row and then finds it graded.
     */
    public boolean tryRecordGrade(long id, Grade grade) {
        boolean[] recorded = {false};
        Transaction.run(dataSource, "cannot record the grade of submission " + id,
                c -> recorded[0] = writeGrade(c, id, grade));
        return recorded[0];
    }

    /**
     * Records that the grader failed on a submission, with a one-line reason: it stays without a grade
     * but is no longer {@link #ungraded(SubmissionSource) ungraded}, so it is not graded again by itself.
     */
    public void recordFailure(long id, String reason) {
        String fitted = reason.length() <= MAX_FAILURE_CHARS ? reason : reason.substring(0, MAX_FAILURE_CHARS);
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(RECORD_FAILURE)) {
            update.setString(1, fitted);
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the failure of submission " + id, e);
        }
    }

    /** Why the grader failed on a submission, empty unless it did. */
    public Optional<String> failure(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_FAILURE)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(r.getString("failure")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the failure of submission " + id, e);
        }
    }

    /** The recorded grade, empty while the submission is ungraded; the output printed is not kept. */
    public Optional<Grade> grade(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT_GRADE)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Grade(Status.fromLabel(r.getString("status")), r.getDouble("score"),
                        r.getDouble("max_score"), r.getString("message"), tests(c, id), diagnostics(c, id), ""));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the grade of submission " + id, e);
        }
    }

    private boolean writeGrade(Connection c, long id, Grade grade) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(RECORD_GRADE)) {
            update.setString(1, grade.status().label());
            update.setDouble(2, grade.score());
            update.setDouble(3, grade.maxScore());
            update.setString(4, grade.message());
            update.setObject(5, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            update.setLong(6, id);
            if (update.executeUpdate() != 1) return false;
        }
        insertTests(c, id, grade.tests());
        insertDiagnostics(c, id, grade.diagnostics());
        return true;
    }

    static void insertTests(Connection c, long id, List<TestResult> tests) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_TEST)) {
            for (int i = 0; i < tests.size(); i++) {
                TestResult t = tests.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, t.name());
                insert.setString(4, t.kind());
                insert.setBoolean(5, t.passed());
                insert.setDouble(6, t.points());
                insert.setDouble(7, t.maxPoints());
                insert.setString(8, t.hint());
                insert.setString(9, t.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertDiagnostics(Connection c, long id, List<Diagnostic> diagnostics) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_DIAGNOSTIC)) {
            for (int i = 0; i < diagnostics.size(); i++) {
                Diagnostic d = diagnostics.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setInt(3, d.line());
                insert.setInt(4, d.column());
                insert.setString(5, d.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<TestResult> tests(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT_TESTS)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                List<TestResult> tests = new ArrayList<>();
                while (r.next()) {
                    tests.add(new TestResult(r.getString("name"), r.getString("kind"), r.getBoolean("passed"),
                            r.getDouble("points"), r.getDouble("max_points"), r.getString("hint"),
                            r.getString("detail")));
                }
                return tests;
            }
        }
    }

    private static List<Diagnostic> diagnostics(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT_DIAGNOSTICS)) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                List<Diagnostic> diagnostics = new ArrayList<>();
                while (r.next()) {
                    diagnostics.add(new Diagnostic(r.getInt("line"), r.getInt("col"), r.getString("message")));
                }
                return diagnostics;
            }
        }
    }

    private static List<StoredSubmission> submissions(PreparedStatement select) throws SQLException {
        try (ResultSet r = select.executeQuery()) {
            List<StoredSubmission> found = new ArrayList<>();
            while (r.next()) {
                found.add(new StoredSubmission(r.getLong("id"), r.getString("student"), r.getString("exercise_id"),
                        r.getString("code"), r.getObject("submitted_at", OffsetDateTime.class), r.getLong("seed"),
                        SubmissionSource.fromLabel(r.getString("source")), r.getString("batch")));
            }
            return found;
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("the database returned no id for the new submission");
            return keys.getLong(1);
        }
    }
}

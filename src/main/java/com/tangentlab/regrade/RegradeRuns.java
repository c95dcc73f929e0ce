package com.tangentlab.regrade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tangentlab.score.Grade;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.StoreException;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Regrade runs and their reports in the database, so that every node reads the same run and one run
 * replays at a time in the whole cluster: a running run holds the one value of a unique column.
 * Every change of state is a conditional update, so two nodes racing on one run cannot both win.
 */
final class RegradeRuns {
    private static final String INSERT = "INSERT INTO regrade_runs (exercise_id, started_by, started_at, heartbeat_at,"
            + " state, total, waiting, running, offering_id) VALUES (?, ?, ?, ?, 'running', ?, FALSE, 1, ?)";
    private static final String IN_OFFERING = "SELECT 1 FROM regrade_runs WHERE id = ? AND offering_id = ?";
    private static final String[] GENERATED_ID = {"id"};
    private static final String EXPIRE = "UPDATE regrade_runs SET state = 'failed', failure = ?, running = NULL,"
            + " waiting = FALSE WHERE state = 'running' AND heartbeat_at < ?";
    private static final String NTH_NEWEST = "SELECT id FROM regrade_runs ORDER BY id DESC LIMIT 1 OFFSET ?";
    private static final String DELETE_OLDER = "DELETE FROM regrade_runs WHERE id < ? AND running IS NULL";
    private static final String LOCK = "SELECT state FROM regrade_runs WHERE id = ? FOR UPDATE";
    private static final String INSERT_ROW = "INSERT INTO regrade_rows (run_id, position, submission_id, before_status,"
            + " before_score, before_max_score, after_grade) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String BEAT = "UPDATE regrade_runs SET heartbeat_at = ? WHERE id = ? AND state = 'running'";
    private static final String WAITING = "UPDATE regrade_runs SET waiting = ? WHERE id = ? AND state = 'running'";
    private static final String FINISH = "UPDATE regrade_runs SET state = 'finished', running = NULL, waiting = FALSE"
            + " WHERE id = ? AND state = 'running'";
    private static final String FAIL = "UPDATE regrade_runs SET state = 'failed', failure = ?, running = NULL,"
            + " waiting = FALSE WHERE id = ? AND state = 'running'";
    private static final String ABANDON = "UPDATE regrade_runs SET state = 'abandoned', running = NULL, waiting = FALSE"
            + " WHERE id = ? AND state IN ('running', 'finished')";
    private static final String MOVE = "UPDATE regrade_runs SET state = ? WHERE id = ? AND state = ?";
    private static final String RUN = "SELECT id, exercise_id, started_by, total, state, waiting, failure"
            + " FROM regrade_runs WHERE id = ?";
    private static final String STATE = "SELECT state FROM regrade_runs WHERE id = ?";
    private static final String ROWS = "SELECT s.id, s.student, s.exercise_id, s.code, s.submitted_at, s.seed, s.source,"
            + " s.batch, r.before_status, r.before_score, r.before_max_score, r.after_grade FROM regrade_rows r"
            + " JOIN submissions s ON s.id = r.submission_id WHERE r.run_id = ? ORDER BY r.position";
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    RegradeRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new running run, or empty when another run is running anywhere. */
    Optional<Long> start(long offeringId, String exerciseId, String startedBy, int total, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT,
                GENERATED_ID)) {
            insert.setString(1, exerciseId);
            insert.setString(2, startedBy);
            insert.setObject(3, now);
            insert.setObject(4, now);
            insert.setInt(5, total);
            insert.setLong(6, offeringId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("the database returned no id for the new regrade");
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) return Optional.empty();
            throw new StoreException("cannot start a regrade", e);
        }
    }

    /** Whether run {@code id} was started in the offering {@code offeringId}. */
    boolean inOffering(long id, long offeringId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(IN_OFFERING)) {
            select.setLong(1, id);
            select.setLong(2, offeringId);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the course of regrade " + id, e);
        }
    }

    /** Fails every running run whose node has not renewed its heartbeat since {@code staleBefore}. */
    void expire(OffsetDateTime staleBefore, String why) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(EXPIRE)) {
            update.setString(1, why);
            update.setObject(2, staleBefore);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot end regrades whose node stopped", e);
        }
    }

    /** Deletes all but the newest {@code kept} runs, never a running one. */
    void keepNewest(int kept) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(NTH_NEWEST)) {
            select.setInt(1, kept - 1);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return;
                try (PreparedStatement delete = c.prepareStatement(DELETE_OLDER)) {
                    delete.setLong(1, r.getLong(1));
                    delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot forget old regrades", e);
        }
    }

    /**
     * Adds a replayed row and renews the heartbeat, both only while the run is running: false when it was
     * abandoned, or ended as dead, meanwhile, and then nothing is added.
     */
    boolean addRow(long runId, int position, RegradeRow row, OffsetDateTime now) {
        String grade = json(row.after());
        return Transaction.answer(dataSource, "cannot record a row of regrade " + runId,
                c -> addRow(c, runId, position, row, grade, now));
    }

    private static boolean addRow(Connection c, long runId, int position, RegradeRow row, String grade,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setLong(1, runId);
            try (ResultSet r = lock.executeQuery()) {
                if (!r.next() || !RegradeState.RUNNING.label().equals(r.getString(1))) return false;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
            insert.setLong(1, runId);
            insert.setInt(2, position);
            insert.setLong(3, row.before().submission().id());
            insert.setString(4, row.before().status());
            insert.setDouble(5, row.before().score());
            insert.setDouble(6, row.before().maxScore());
            insert.setString(7, grade);
            insert.executeUpdate();
        }
        beat(c, runId, now);
        return true;
    }

    void beat(long runId, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection()) {
            beat(c, runId, now);
        } catch (SQLException e) {
            throw new StoreException("cannot renew the heartbeat of regrade " + runId, e);
        }
    }

    private static void beat(Connection c, long runId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(BEAT)) {
            update.setObject(1, now);
            update.setLong(2, runId);
            update.executeUpdate();
        }
    }

    void setWaiting(long runId, boolean waiting) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(WAITING)) {
            update.setBoolean(1, waiting);
            update.setLong(2, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record that regrade " + runId + " waits", e);
        }
    }

    boolean finish(long runId) {
        return update(FINISH, runId, null);
    }

    boolean fail(long runId, String why) {
        return update(FAIL, runId, why);
    }

    boolean abandon(long runId) {
        return update(ABANDON, runId, null);
    }

    /** Claims a finished report for writing; true for one caller only. */
    boolean claimForApply(long runId) {
        return move(runId, RegradeState.FINISHED, RegradeState.APPLIED);
    }

    /** Gives back a claim whose writing failed, so the report can be applied again. */
    void unclaim(long runId) {
        move(runId, RegradeState.APPLIED, RegradeState.FINISHED);
    }

    private boolean move(long runId, RegradeState from, RegradeState to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(MOVE)) {
            update.setString(1, to.label());
            update.setLong(2, runId);
            update.setString(3, from.label());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot mark regrade " + runId + " " + to.label(), e);
        }
    }

    /** Runs a conditional update of one run, with a failure reason first when {@code why} is given. */
    private boolean update(String sql, long runId, String why) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            int index = 1;
            if (why != null) update.setString(index++, why);
            update.setLong(index, runId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot change the state of regrade " + runId, e);
        }
    }

    /** The run's state alone, cheap enough to ask before every replay. */
    Optional<RegradeState> state(long runId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(STATE)) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(RegradeState.fromLabel(r.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the state of regrade " + runId, e);
        }
    }

    /**
     * The run as it is now. Its row is read before its report's rows: a run read as finished was finished
     * after its last row was written, so the rows read next hold every one.
     */
    Optional<RegradeRun> find(long runId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(RUN)) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new RegradeRun(r.getLong("id"), r.getString("exercise_id"),
                        r.getString("started_by"), r.getInt("total"), RegradeState.fromLabel(r.getString("state")),
                        r.getString("failure"), r.getBoolean("waiting"), rows(c, runId)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read regrade " + runId, e);
        }
    }

    private static List<RegradeRow> rows(Connection c, long runId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(ROWS)) {
            select.setLong(1, runId);
            try (ResultSet r = select.executeQuery()) {
                List<RegradeRow> rows = new ArrayList<>();
                while (r.next()) {
                    StoredSubmission s = new StoredSubmission(r.getLong("id"), r.getString("student"),
                            r.getString("exercise_id"), r.getString("code"),
                            r.getObject("submitted_at", OffsetDateTime.class), r.getLong("seed"),
                            SubmissionSource.fromLabel(r.getString("source")), r.getString("batch"));
                    rows.add(new RegradeRow(new Attempt(s, r.getString("before_status"), r.getDouble("before_score"),
                            r.getDouble("before_max_score")), grade(r.getString("after_grade"))));
                }
                return rows;
            }
        }
    }

    private static String json(Grade grade) {
        try {
            return JSON.writeValueAsString(grade);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grade is always written as JSON", e);
        }
    }

    private static Grade grade(String json) {
        try {
            return JSON.readValue(json, Grade.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a regrade row holds a grade that cannot be read", e);
        }
    }
}

package com.tangentlab.store;

import com.tangentlab.score.Grade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/** Replaces recorded grades with the grades of a regrade, logging each old and new headline. */
public final class RegradeStore {
    private static final String UPDATE = "UPDATE submissions SET status = ?, score = ?, max_score = ?, message = ?,"
            + " graded_at = ? WHERE id = ? AND status IS NOT NULL";
    private static final String DELETE_TESTS = "DELETE FROM test_results WHERE submission_id = ?";
    private static final String DELETE_DIAGNOSTICS = "DELETE FROM diagnostics WHERE submission_id = ?";
    private static final String LOG = "INSERT INTO regrade_log (submission_id, applied_by, applied_at, old_status,"
            + " old_score, old_max_score, new_status, new_score, new_max_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A submission's grade before the regrade, and the grade to record in its place. */
    public record Replacement(long submissionId, String oldStatus, double oldScore, double oldMaxScore,
            Grade newGrade) {}

    private final DataSource dataSource;
    private final Clock clock;

    public RegradeStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records every replacement, or none of them. */
    public void apply(List<Replacement> replacements, String appliedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Transaction.run(dataSource, "cannot apply a regrade of " + replacements.size() + " submission(s)", c -> {
            for (Replacement r : replacements) replace(c, r, appliedBy, now);
        });
    }

    private static void replace(Connection c, Replacement r, String appliedBy, OffsetDateTime now)
            throws SQLException {
        Grade g = r.newGrade();
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            update.setString(1, g.status().label());
            update.setDouble(2, g.score());
            update.setDouble(3, g.maxScore());
            update.setString(4, g.message());
            update.setObject(5, now);
            update.setLong(6, r.submissionId());
            if (update.executeUpdate() != 1) {
                throw new StoreException("submission " + r.submissionId() + " is gone or no longer graded");
            }
        }
        delete(c, DELETE_TESTS, r.submissionId());
        delete(c, DELETE_DIAGNOSTICS, r.submissionId());
        SubmissionStore.insertTests(c, r.submissionId(), g.tests());
        SubmissionStore.insertDiagnostics(c, r.submissionId(), g.diagnostics());
        try (PreparedStatement log = c.prepareStatement(LOG)) {
            log.setLong(1, r.submissionId());
            log.setString(2, appliedBy);
            log.setObject(3, now);
            log.setString(4, r.oldStatus());
            log.setDouble(5, r.oldScore());
            log.setDouble(6, r.oldMaxScore());
            log.setString(7, g.status().label());
            log.setDouble(8, g.score());
            log.setDouble(9, g.maxScore());
            log.executeUpdate();
        }
    }

    private static void delete(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }
}

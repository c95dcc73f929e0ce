package com.tangentlab.gradebook;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** One offering's score overrides and their log. */
public final class ScoreOverrides {
    /** As wide as the column, so that a reason accepted is a reason kept whole. */
    public static final int MAX_REASON_LENGTH = 1000;
    /** The newest override of the submission {@code s}, else the judge's score: what the gradebook counts. */
    static final String EFFECTIVE_SCORE = "COALESCE((SELECT o.new_score FROM score_overrides o"
            + " WHERE o.submission_id = s.id ORDER BY o.id DESC LIMIT 1), s.score)";

    /** Locks the submission's row, so that two overrides at once log one after the other. */
    private static final String LOCK = "SELECT id FROM submissions WHERE id = ? AND offering_id = ? FOR UPDATE";
    private static final String SUBMISSION = "SELECT s.status, s.max_score, " + EFFECTIVE_SCORE + " AS score"
            + " FROM submissions s WHERE s.id = ?";
    private static final String INSERT = "INSERT INTO score_overrides (offering_id, submission_id, old_score,"
            + " new_score, reason, overridden_by, overridden_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String LOG = "SELECT o.id, o.submission_id, s.student, s.exercise_id, o.old_score,"
            + " o.new_score, o.reason, o.overridden_by, o.overridden_at FROM score_overrides o"
            + " JOIN submissions s ON s.id = o.submission_id WHERE o.offering_id = ?";
    private static final String[] GENERATED_ID = {"id"};

    private final DataSource dataSource;
    private final long offeringId;

    public ScoreOverrides(DataSource dataSource, long offeringId) {
        this.dataSource = dataSource;
        this.offeringId = offeringId;
    }

    /**
     * Sets the score of graded submission {@code submissionId} of this offering to {@code newScore} (0 to its
     * maximum) for {@code reason}, logging the score it had; empty when the offering has no such submission.
     */
    public Optional<ScoreOverride> override(long submissionId, double newScore, String reason, String by,
            OffsetDateTime now) {
        String why = checkedReason(reason);
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Transaction.answer(dataSource, "cannot override the score of submission " + submissionId, c -> {
            if (!lock(c, submissionId)) return Optional.<ScoreOverride>empty();
            try (PreparedStatement select = c.prepareStatement(SUBMISSION)) {
                select.setLong(1, submissionId);
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    if (r.getString("status") == null) {
                        throw new InvalidSettingsException("submission " + submissionId
                                + " is not graded yet: only a grade can be overridden");
                    }
                    double max = r.getDouble("max_score");
                    if (!(newScore >= 0 && newScore <= max)) {
                        throw new InvalidSettingsException("the score must be between 0 and " + Scoring.plain(max)
                                + ", not " + newScore);
                    }
                    long id = insert(c, submissionId, r.getDouble("score"), newScore, why, by, at);
                    return log(c, " AND o.id = ?", id).stream().findFirst();
                }
            }
        });
    }

    /** Every override in the offering, oldest first. */
    public List<ScoreOverride> log() {
        try (Connection c = dataSource.getConnection()) {
            return log(c, "", null);
        } catch (SQLException e) {
            throw new StoreException("cannot read the score overrides", e);
        }
    }

    private boolean lock(Connection c, long submissionId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setLong(1, submissionId);
            lock.setLong(2, offeringId);
            try (ResultSet r = lock.executeQuery()) {
                return r.next();
            }
        }
    }

    private long insert(Connection c, long submissionId, double oldScore, double newScore, String reason, String by,
            OffsetDateTime at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT, GENERATED_ID)) {
            insert.setLong(1, offeringId);
            insert.setLong(2, submissionId);
            insert.setDouble(3, oldScore);
            insert.setDouble(4, newScore);
            insert.setString(5, reason);
            insert.setString(6, by);
            insert.setObject(7, at);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<ScoreOverride> log(Connection c, String condition, Long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(LOG + condition + " ORDER BY o.id")) {
            select.setLong(1, offeringId);
            if (id != null) select.setLong(2, id);
            try (ResultSet r = select.executeQuery()) {
                List<ScoreOverride> found = new ArrayList<>();
                while (r.next()) {
                    found.add(new ScoreOverride(r.getLong("id"), r.getLong("submission_id"), r.getString("student"),
                            r.getString("exercise_id"), r.getDouble("old_score"), r.getDouble("new_score"),
                            r.getString("reason"), r.getString("overridden_by"),
                            r.getObject("overridden_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
                }
                return found;
            }
        }
    }

    private static String checkedReason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) throw new InvalidSettingsException("an override needs a reason");
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new InvalidSettingsException("a reason has at most " + MAX_REASON_LENGTH + " characters, not "
                    + trimmed.length());
        }
        return trimmed;
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.SubmissionSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads submissions of every source for the gradebook, oldest first; the code only where it is shown. */
public final class GradebookStore {
    /** The score is an instructor's override where there is one, the judge's otherwise. */
    private static final String COLUMNS = "SELECT s.id, s.student, s.exercise_id, s.submitted_at, s.seed, s.source,"
            + " s.batch, s.status, " + ScoreOverrides.EFFECTIVE_SCORE + " AS score, s.max_score, s.message";
    private static final String ORDER = " ORDER BY s.submitted_at, s.id";
    private static final String ALL = COLUMNS + " FROM submissions s WHERE s.offering_id = ?" + ORDER;
    private static final String OF_STUDENT = COLUMNS + " FROM submissions s WHERE s.offering_id = ? AND s.student = ?"
            + ORDER;
    private static final String WITH_CODE = COLUMNS + ", s.code FROM submissions s WHERE s.offering_id = ?"
            + " AND s.student = ? AND s.exercise_id = ?" + ORDER;

    /** An attempt with its code. */
    public record WithCode(AttemptRecord attempt, String code) {}

    private final DataSource dataSource;
    private final long offeringId;

    /** The submissions made in one offering. */
    public GradebookStore(DataSource dataSource, long offeringId) {
        this.dataSource = dataSource;
        this.offeringId = offeringId;
    }

    public List<AttemptRecord> all() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(ALL)) {
            select.setLong(1, offeringId);
            try (ResultSet r = select.executeQuery()) {
                List<AttemptRecord> found = new ArrayList<>();
                while (r.next()) found.add(record(r));
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the submissions", e);
        }
    }

    public List<AttemptRecord> ofStudent(String student) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(OF_STUDENT)) {
            select.setLong(1, offeringId);
            select.setString(2, student);
            try (ResultSet r = select.executeQuery()) {
                List<AttemptRecord> found = new ArrayList<>();
                while (r.next()) found.add(record(r));
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the submissions of " + student, e);
        }
    }

    public List<WithCode> withCode(String student, String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(WITH_CODE)) {
            select.setLong(1, offeringId);
            select.setString(2, student);
            select.setString(3, exerciseId);
            try (ResultSet r = select.executeQuery()) {
                List<WithCode> found = new ArrayList<>();
                while (r.next()) found.add(new WithCode(record(r), r.getString("code")));
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the submissions of " + student + " to " + exerciseId, e);
        }
    }

    private static AttemptRecord record(ResultSet r) throws SQLException {
        return new AttemptRecord(r.getLong("id"), r.getString("student"), r.getString("exercise_id"),
                r.getObject("submitted_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                r.getLong("seed"), SubmissionSource.fromLabel(r.getString("source")), r.getString("batch"),
                r.getString("status"), r.getObject("score", Double.class), r.getObject("max_score", Double.class),
                r.getString("message"));
    }
}

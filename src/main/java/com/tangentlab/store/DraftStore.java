package com.tangentlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/** The last draft each user saved for each exercise; saving again replaces it. */
public final class DraftStore {
    private static final String UPDATE = "UPDATE drafts SET code = ?, saved_at = ? WHERE username = ? AND exercise_id = ?";
    private static final String INSERT = "INSERT INTO drafts (code, saved_at, username, exercise_id) VALUES (?, ?, ?, ?)";
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String SELECT = "SELECT code, saved_at FROM drafts WHERE username = ? AND exercise_id = ?";

    /** A saved draft. */
    public record Draft(String code, OffsetDateTime savedAt) {}

    private final DataSource dataSource;
    private final Clock clock;

    public DraftStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Replaces the user's draft of the exercise, or makes the first one. Portable SQL has no upsert that H2
     * and PostgreSQL share, so this updates, inserts when there was nothing to update, and updates again when
     * a save of the same draft inserted in between.
     */
    public Draft save(String username, String exerciseId, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            if (write(c, UPDATE, username, exerciseId, code, now) == 0) insertOrUpdate(c, username, exerciseId, code, now);
            return new Draft(code, now);
        } catch (SQLException e) {
            throw new StoreException("cannot save the draft of " + username + " for " + exerciseId, e);
        }
    }

    private static void insertOrUpdate(Connection c, String username, String exerciseId, String code,
            OffsetDateTime now) throws SQLException {
        try {
            write(c, INSERT, username, exerciseId, code, now);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) throw e;
            write(c, UPDATE, username, exerciseId, code, now);
        }
    }

    /** Runs UPDATE or INSERT, which take their parameters in the same order. */
    private static int write(Connection c, String sql, String username, String exerciseId, String code,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, code);
            statement.setObject(2, now);
            statement.setString(3, username);
            statement.setString(4, exerciseId);
            return statement.executeUpdate();
        }
    }

    public Optional<Draft> find(String username, String exerciseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setString(1, username);
            select.setString(2, exerciseId);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Draft(r.getString("code"), r.getObject("saved_at", OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the draft of " + username + " for " + exerciseId, e);
        }
    }
}

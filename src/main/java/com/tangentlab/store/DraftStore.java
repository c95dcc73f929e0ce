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
    private static final String MERGE = "MERGE INTO drafts (username, exercise_id, code, saved_at)"
            + " KEY (username, exercise_id) VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT code, saved_at FROM drafts WHERE username = ? AND exercise_id = ?";

    /** A saved draft. */
    public record Draft(String code, OffsetDateTime savedAt) {}

    private final DataSource dataSource;
    private final Clock clock;

    public DraftStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Draft save(String username, String exerciseId, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection(); PreparedStatement merge = c.prepareStatement(MERGE)) {
            merge.setString(1, username);
            merge.setString(2, exerciseId);
            merge.setString(3, code);
            merge.setObject(4, now);
            merge.executeUpdate();
            return new Draft(code, now);
        } catch (SQLException e) {
            throw new StoreException("cannot save the draft of " + username + " for " + exerciseId, e);
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

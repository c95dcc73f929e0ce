package com.tangentlab.account;

import com.tangentlab.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** Live sessions, by the hash of their token. */
final class SessionStore {
    private static final String INSERT = "INSERT INTO sessions (token_hash, username, csrf_token, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT s.username, s.csrf_token, s.offering_id, u.display_name, u.role"
            + " FROM sessions s"
            + " JOIN users u ON u.username = s.username WHERE s.token_hash = ? AND s.expires_at > ?";
    private static final String DELETE = "DELETE FROM sessions WHERE token_hash = ?";
    private static final String CHOOSE = "UPDATE sessions SET offering_id = ? WHERE token_hash = ?";
    private static final String DELETE_OF_USER = "DELETE FROM sessions WHERE username = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM sessions WHERE expires_at <= ?";

    /** A stored session, found by its token hash. */
    record Found(User user, String csrfToken, Long chosenOffering) {}

    private final DataSource dataSource;

    SessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(String tokenHash, String username, String csrfToken, OffsetDateTime now, OffsetDateTime expires) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, tokenHash);
            insert.setString(2, username);
            insert.setString(3, csrfToken);
            insert.setObject(4, now);
            insert.setObject(5, expires);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot start a session for " + username, e);
        }
    }

    Optional<Found> find(String tokenHash, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setString(1, tokenHash);
            select.setObject(2, now);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Found(new User(r.getString("username"), r.getString("display_name"),
                        Role.fromLabel(r.getString("role"))), r.getString("csrf_token"),
                        r.getObject("offering_id", Long.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a session", e);
        }
    }

    void choose(String tokenHash, long offeringId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(CHOOSE)) {
            update.setLong(1, offeringId);
            update.setString(2, tokenHash);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot choose the course of a session", e);
        }
    }

    void delete(String tokenHash) {
        run(DELETE, tokenHash, "cannot end a session");
    }

    void deleteOf(String username) {
        run(DELETE_OF_USER, username, "cannot end the sessions of " + username);
    }

    void deleteExpired(OffsetDateTime now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(DELETE_EXPIRED)) {
            delete.setObject(1, now);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot delete expired sessions", e);
        }
    }

    private void run(String sql, String key, String failure) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }
}

package com.tangentlab.lti;

import com.tangentlab.store.StoreException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a launch must answer, kept in the database so that any web node may receive it: the state and nonce
 * of each login the tool started, and every nonce a verified launch used.
 */
final class LoginStates {
    /** A person clicks, the platform answers at once: ten minutes is generous and keeps the table small. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    private static final int RANDOM_BYTES = 32;
    private static final String INSERT = "INSERT INTO lti_login_states (state, nonce, platform_id, expires_at)"
            + " VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT nonce, platform_id FROM lti_login_states WHERE state = ?"
            + " AND expires_at > ?";
    private static final String DELETE_EXPIRED_STATES = "DELETE FROM lti_login_states WHERE expires_at <= ?";
    private static final String USE_NONCE = "INSERT INTO lti_used_nonces (platform_id, nonce, expires_at)"
            + " VALUES (?, ?, ?)";
    private static final String NONCE_USED = "SELECT 1 FROM lti_used_nonces WHERE platform_id = ? AND nonce = ?";
    private static final String DELETE_EXPIRED_NONCES = "DELETE FROM lti_used_nonces WHERE expires_at <= ?";

    /** A login the tool started: the nonce the id_token must carry, and the platform asked. */
    record Started(String state, String nonce, long platformId) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginStates(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    Started start(long platformId) {
        Started started = new Started(randomText(), randomText(), platformId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(DELETE_EXPIRED_STATES)) {
                delete.setObject(1, now);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setString(1, started.state());
                insert.setString(2, started.nonce());
                insert.setLong(3, platformId);
                insert.setObject(4, now.plus(LOGIN_LIFETIME));
                insert.executeUpdate();
            }
            return started;
        } catch (SQLException e) {
            throw new StoreException("cannot keep the state of an LTI login", e);
        }
    }

    /** The login {@code state} names, while it has not expired. */
    Optional<Started> find(String state) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setString(1, state);
            select.setObject(2, OffsetDateTime.now(clock));
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(new Started(state, r.getString(1), r.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the state of an LTI login", e);
        }
    }

    /**
     * Records {@code nonce} as used until {@code until}; false when it was used before, here or on another
     * node (the primary key refuses the second insert).
     */
    boolean useNonce(long platformId, String nonce, OffsetDateTime until) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement(DELETE_EXPIRED_NONCES)) {
                delete.setObject(1, now);
                delete.executeUpdate();
            }
            if (used(c, platformId, nonce)) return false;
            try (PreparedStatement insert = c.prepareStatement(USE_NONCE)) {
                insert.setLong(1, platformId);
                insert.setString(2, nonce);
                insert.setObject(3, until.isAfter(now) ? until : now.plus(LOGIN_LIFETIME));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                // Another node inserted it between the check and this insert: the same replay, seen later.
                if (e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record a used LTI nonce", e);
        }
    }

    private static boolean used(Connection c, long platformId, String nonce) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(NONCE_USED)) {
            select.setLong(1, platformId);
            select.setString(2, nonce);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }
    }

    private String randomText() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

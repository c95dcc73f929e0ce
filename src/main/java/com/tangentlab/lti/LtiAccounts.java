package com.tangentlab.lti;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Role;
import com.tangentlab.account.User;
import com.tangentlab.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The Tangent Lab account of each platform user, made on their first launch. Its username is derived from
 * the platform and the user's sub, never from a name the platform sends, so two platforms' users never
 * share an account and no launch can take over an existing one.
 */
final class LtiAccounts {
    /** 16 hex digits of SHA-256: collisions are out of reach for any class size. */
    private static final int USERNAME_HEX_DIGITS = 16;
    private static final String PREFIX = "lti-";
    private static final String SELECT = "SELECT username FROM lti_users WHERE platform_id = ? AND subject = ?";
    private static final String INSERT = "INSERT INTO lti_users (platform_id, subject, username) VALUES (?, ?, ?)";

    private final DataSource dataSource;
    private final AccountService accounts;

    LtiAccounts(DataSource dataSource, AccountService accounts) {
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    /**
     * The launching user's account, made on the first launch as a student's and never changed by a launch:
     * what the user may do in a course is their role there, which each launch sets for its own course alone.
     */
    User accountOf(Launch launch) {
        return linked(launch).orElseGet(() -> create(launch));
    }

    private Optional<User> linked(Launch launch) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setLong(1, launch.platform().id());
            select.setString(2, launch.subject());
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? accounts.find(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the account of an LTI user", e);
        }
    }

    private User create(Launch launch) {
        String username = PREFIX + digest(launch.platform().id() + "\n" + launch.subject());
        User user = accounts.find(username).orElseGet(() -> accounts.createVouched(new User(username,
                launch.displayName(), Role.STUDENT)));
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setLong(1, launch.platform().id());
            insert.setString(2, launch.subject());
            insert.setString(3, username);
            insert.executeUpdate();
        } catch (SQLException e) {
            // A first launch of the same user on another node linked the same derived account meanwhile.
            return linked(launch).orElseThrow(() -> new StoreException("cannot link the LTI user to " + username, e));
        }
        return user;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, USERNAME_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package com.tangentlab.account;

import com.tangentlab.store.StoreException;
import com.tangentlab.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Accounts and their password hashes. */
final class UserStore {
    private static final String INSERT = "INSERT INTO users (username, display_name, role, password_hash, created_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT username, display_name, role, password_hash FROM users"
            + " WHERE username = ?";
    private static final String ALL = "SELECT username, display_name, role FROM users ORDER BY username";
    private static final String COUNT = "SELECT COUNT(*) FROM users";
    private static final String UPDATE_HASH = "UPDATE users SET password_hash = ? WHERE username = ?";
    private static final String EXISTS = "SELECT 1 FROM users WHERE username = ?";

    /** An account as stored. */
    record Stored(User user, String passwordHash) {}

    private final DataSource dataSource;
    private final Clock clock;

    UserStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Which of {@code usernames} already have an account, in the order given. */
    List<String> taken(List<String> usernames) {
        try (Connection c = dataSource.getConnection(); PreparedStatement exists = c.prepareStatement(EXISTS)) {
            List<String> taken = new ArrayList<>();
            for (String username : usernames) {
                exists.setString(1, username);
                try (ResultSet r = exists.executeQuery()) {
                    if (r.next()) taken.add(username);
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new StoreException("cannot look up usernames", e);
        }
    }

    /** Inserts every account or none: a roster with one bad row creates nobody. */
    void insertAll(List<Stored> accounts, Enrolment enrolment) {
        Transaction.run(dataSource, "cannot create " + accounts.size() + " account(s)", c -> {
            insertAll(c, accounts);
            enrolment.enrol(c, accounts.stream().map(Stored::user).toList());
        });
    }

    /** Inserts every account in the caller's transaction; a taken username stops it with a conflict. */
    void insertAll(Connection c, List<Stored> accounts) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(EXISTS); PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (Stored a : accounts) {
                exists.setString(1, a.user().username());
                try (ResultSet r = exists.executeQuery()) {
                    if (r.next()) {
                        throw new AccountException(AccountException.Reason.CONFLICT,
                                "the username " + a.user().username() + " is taken");
                    }
                }
                insert.setString(1, a.user().username());
                insert.setString(2, a.user().displayName());
                insert.setString(3, a.user().role().label());
                insert.setString(4, a.passwordHash());
                insert.setObject(5, OffsetDateTime.now(clock));
                insert.executeUpdate();
            }
        }
    }

    Optional<Stored> find(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
            select.setString(1, username);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Stored(new User(r.getString("username"), r.getString("display_name"),
                        Role.fromLabel(r.getString("role"))), r.getString("password_hash")));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the account " + username, e);
        }
    }

    List<User> all() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(ALL);
                ResultSet r = select.executeQuery()) {
            List<User> users = new ArrayList<>();
            while (r.next()) {
                users.add(new User(r.getString("username"), r.getString("display_name"),
                        Role.fromLabel(r.getString("role"))));
            }
            return users;
        } catch (SQLException e) {
            throw new StoreException("cannot list accounts", e);
        }
    }

    long count() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(COUNT);
                ResultSet r = select.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count accounts", e);
        }
    }

    /** Returns false when there is no such account. */
    boolean updateHash(String username, String hash) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(UPDATE_HASH)) {
            update.setString(1, hash);
            update.setString(2, username);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot change the password of " + username, e);
        }
    }
}

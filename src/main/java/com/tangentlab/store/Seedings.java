package com.tangentlab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Work done once per database however many nodes start on it together: a node claims the work's name by
 * inserting it, and the claim's unique key makes every other node's insert fail, or wait for the first
 * one's transaction and then fail, so exactly one node does the work.
 */
public final class Seedings {
    private static final String CLAIM = "INSERT INTO seedings (name, claimed_at) VALUES (?, ?)";
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public Seedings(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Claims {@code name}: true for the one caller that does the work, false for every later one. */
    public boolean claim(String name) {
        return claimThen(name, c -> { });
    }

    /**
     * Claims {@code name} and runs {@code work} in the same transaction, so that the claim stands only if
     * the work is done: false, with nothing done, when the name was claimed before.
     */
    public boolean claimThen(String name, Transaction.Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!insertClaim(c, name)) {
                    c.rollback();
                    return false;
                }
                work.run(c);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot claim the seeding " + name, e);
        }
    }

    private boolean insertClaim(Connection c, String name) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(CLAIM)) {
            insert.setString(1, name);
            insert.setObject(2, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) return false;
            throw e;
        }
    }
}

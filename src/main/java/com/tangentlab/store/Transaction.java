package com.tangentlab.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs several statements as one unit: all of them are committed, or none. */
public final class Transaction {
    /** The statements of one transaction, on its connection. */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    private Transaction() {}

    /** Runs {@code work}, rolling back on any failure; {@code what} names it in a database error. */
    public static void run(DataSource dataSource, String what, Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }
}

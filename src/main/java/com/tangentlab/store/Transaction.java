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

    /** The statements of a transaction that answers something, on its connection. */
    @FunctionalInterface
    public interface Step<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transaction() {}

    /** Runs {@code work}, rolling back on any failure; {@code what} names it in a database error. */
    public static void run(DataSource dataSource, String what, Work work) {
        answer(dataSource, what, c -> {
            work.run(c);
            return null;
        });
    }

    /** Runs {@code step} and returns its answer once committed, rolling back on any failure. */
    public static <T> T answer(DataSource dataSource, String what, Step<T> step) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T answer = step.run(c);
                c.commit();
                return answer;
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

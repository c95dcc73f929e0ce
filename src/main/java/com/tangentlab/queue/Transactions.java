package com.tangentlab.queue;

import com.tangentlab.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One short transaction that answers something: committed when its statements succeed, else rolled back. */
final class Transactions {
    /** The statements of the transaction, on its connection. */
    @FunctionalInterface
    interface Step<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code step} in a transaction of its own; {@code what} names it in a database error. */
    static <T> T run(DataSource dataSource, String what, Step<T> step) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = step.run(c);
                c.commit();
                return result;
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

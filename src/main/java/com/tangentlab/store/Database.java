package com.tangentlab.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** A pooled connection to the database, migrated to the newest schema when opened. */
public final class Database implements AutoCloseable {
    private static final String USER = "sa";
    private static final String PASSWORD = "";
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String H2_PREFIX = "jdbc:h2:";

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens {@code jdbcUrl}, any H2 URL (file, mem or tcp), and applies every pending migration;
     * the schema comes only from migrations.
     */
    public static Database open(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_PREFIX)) {
            throw new IllegalArgumentException("only H2 databases are supported; the URL must start with "
                    + H2_PREFIX + ", not " + jdbcUrl);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, USER, PASSWORD);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}

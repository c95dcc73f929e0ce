package com.tangentlab.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A pooled connection to the database, H2 (embedded, the default) or PostgreSQL (production), migrated
 * to the newest schema when opened.
 */
public final class Database implements AutoCloseable {
    /** The two databases Tangent Lab runs on, told apart by the JDBC URL. */
    public enum Kind {
        H2("jdbc:h2:"), POSTGRESQL("jdbc:postgresql:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public static Kind of(String jdbcUrl) {
            for (Kind kind : values()) {
                if (jdbcUrl.startsWith(kind.prefix)) return kind;
            }
            throw new IllegalArgumentException("unsupported database URL " + redacted(jdbcUrl)
                    + ": it must start with jdbc:h2: (embedded) or jdbc:postgresql: (a PostgreSQL server)");
        }
    }

    private static final String H2_USER = "sa";
    private static final String H2_PASSWORD = "";
    /** Connections kept open: grading jobs and web requests hold one only for a statement or a transaction. */
    private static final int POOL_SIZE = 10;
    /** How long a request waits for a connection before the database counts as unreachable. */
    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(10);
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private final HikariDataSource pool;
    private final Kind kind;

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
    }

    /**
     * Opens {@code jdbcUrl}, an H2 URL (file, mem or tcp) or a PostgreSQL URL carrying its user and
     * password, and applies every pending migration.
     */
    public static Database open(String jdbcUrl) {
        Kind kind = Kind.of(jdbcUrl);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(jdbcUrl, kind));
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + redacted(jdbcUrl), rootCause(e));
        }
        try {
            Migrations.migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, kind);
    }

    private static HikariConfig config(String jdbcUrl, Kind kind) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (kind == Kind.H2) {
            config.setUsername(H2_USER);
            config.setPassword(H2_PASSWORD);
        }
        config.setPoolName("tangentlab-db");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        return config;
    }

    /** {@code jdbcUrl} with any password replaced, fit for a log line or an error message. */
    public static String redacted(String jdbcUrl) {
        return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public void close() {
        pool.close();
    }
}

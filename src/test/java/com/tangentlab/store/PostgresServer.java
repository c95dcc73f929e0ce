package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: a real one, which {@code .ci/run} installs and starts, with a role
 * {@code tangentlab} that may create databases. Each test gets its own database, dropped afterwards, so
 * tests (and engineers sharing one server) never see each other's rows.
 */
public final class PostgresServer {
    /** Where {@code .ci/run} starts the server; the system property {@value #ADMIN_PROPERTY} overrides it. */
    private static final String DEFAULT_HOST = "127.0.0.1:5432";
    private static final String ADMIN_PROPERTY = "tangentlab.test.postgres";
    private static final String CREDENTIALS = "user=tangentlab&password=tangentlab";

    /**
     * How often a drop is tried. The server's autovacuum may be at work in a test's database when it is
     * dropped; it is not the tests' role's process, so the drop cannot end it and must wait for it.
     */
    private static final int DROP_ATTEMPTS = 40;
    private static final long DROP_PAUSE_MS = 250;
    /** SQLSTATE class of a connection that could not be made: the server is not there. */
    private static final String CONNECTION_FAILURE = "08";

    private PostgresServer() {}

    /** A new, empty database on the server; its JDBC URL carries user and password. */
    public static String createDatabase() {
        String name = "tl_test_" + UUID.randomUUID().toString().replace("-", "");
        try {
            execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith(CONNECTION_FAILURE)) {
                fail("cannot create a test database: " + e.getMessage(), e);
            }
            unavailable(e);
        }
        return "jdbc:postgresql://" + host() + "/" + name + "?" + CREDENTIALS;
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever a killed process left connected. */
    public static void dropDatabase(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        SQLException last = null;
        for (int attempt = 0; attempt < DROP_ATTEMPTS; attempt++) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (SQLException e) {
                last = e;
                pause();
            }
        }
        fail("cannot drop the test database " + name + " after " + DROP_ATTEMPTS + " attempts", last);
    }

    private static void pause() {
        try {
            Thread.sleep(DROP_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host() {
        return System.getProperty(ADMIN_PROPERTY, DEFAULT_HOST);
    }

    private static void execute(String sql) throws SQLException {
        String admin = "jdbc:postgresql://" + host() + "/postgres?" + CREDENTIALS;
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void unavailable(SQLException e) {
        String why = "no PostgreSQL server at " + host() + " with the role tangentlab (.ci/run starts one): "
                + e.getMessage();
        if ("true".equals(System.getenv("CI"))) fail(why, e);
        Assumptions.abort(why);
    }
}

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

    private PostgresServer() {}

    /** A new, empty database on the server; its JDBC URL carries user and password. */
    public static String createDatabase() {
        String name = "tl_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return "jdbc:postgresql://" + host() + "/" + name + "?" + CREDENTIALS;
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever a killed process left connected. */
    public static void dropDatabase(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static String host() {
        return System.getProperty(ADMIN_PROPERTY, DEFAULT_HOST);
    }

    private static void execute(String sql) {
        String admin = "jdbc:postgresql://" + host() + "/postgres?" + CREDENTIALS;
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            unavailable(e);
        }
    }

    private static void unavailable(SQLException e) {
        String why = "no PostgreSQL server at " + host() + " with the role tangentlab (.ci/run starts one): "
                + e.getMessage();
        if ("true".equals(System.getenv("CI"))) fail(why, e);
        Assumptions.abort(why);
    }
}

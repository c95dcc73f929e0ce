package com.tangentlab.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of the benchmark's own, made through the server's maintenance database and dropped
 * at the end, and read through PostgreSQL's statistics views (nothing on the server is reconfigured).
 */
final class LoadDatabase implements AutoCloseable {
    /** A JDBC URL split around the database name: jdbc:postgresql://host:port/NAME?parameters. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^/?]*)(\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** A backend writes its counters when it exits; this bounds the wait for the last ones to go. */
    private static final Duration BACKENDS_GONE = Duration.ofSeconds(30);
    private static final long BACKEND_CHECK_MS = 100;

    private final String adminUrl;
    private final String name;

    private LoadDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** Creates {@code name} on the server of {@code adminUrl}, a URL of any database there that may create one. */
    static LoadDatabase create(String adminUrl, String name) {
        if (!URL.matcher(adminUrl).matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: jdbc:postgresql://host:port/database?...");
        }
        // A database name cannot be a ? parameter of CREATE DATABASE, so it is held to a plain identifier instead.
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a database name: " + name);
        LoadDatabase db = new LoadDatabase(adminUrl, name);
        db.execute("CREATE DATABASE " + name);
        return db;
    }

    String name() {
        return name;
    }

    /** The URL of this database, with the maintenance URL's user and password. */
    String url() {
        Matcher m = URL.matcher(adminUrl);
        if (!m.matches()) throw new IllegalStateException("checked when created");
        return m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
    }

    /** The counters once no connection to this database is left, so that every backend has written its own. */
    DatabaseStats statsWhenIdle() throws InterruptedException {
        try (Connection c = DriverManager.getConnection(adminUrl)) {
            awaitNoBackends(c);
            try (PreparedStatement s = c.prepareStatement("SELECT xact_commit + xact_rollback, active_time"
                    + " FROM pg_stat_database WHERE datname = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? new DatabaseStats(r.getLong(1), r.getDouble(2)) : new DatabaseStats(0, 0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics of " + name + ": " + e.getMessage(), e);
        }
    }

    private void awaitNoBackends(Connection c) throws SQLException, InterruptedException {
        long giveUp = System.nanoTime() + BACKENDS_GONE.toNanos();
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            s.setString(1, name);
            while (System.nanoTime() < giveUp) {
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getLong(1) == 0) return;
                }
                Thread.sleep(BACKEND_CHECK_MS);
            }
        }
        throw new IllegalStateException("connections to " + name + " are still open after " + BACKENDS_GONE);
    }

    /** Drops the database, closing whatever a stopped process left connected. */
    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }
}

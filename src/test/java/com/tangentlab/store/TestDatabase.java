package com.tangentlab.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, empty database of either kind for one test, opened and migrated; closing it drops it. */
public final class TestDatabase implements AutoCloseable {
    private final Database.Kind kind;
    private final String url;
    private final Database database;

    private TestDatabase(Database.Kind kind, String url) {
        this.kind = kind;
        this.url = url;
        this.database = Database.open(url);
    }

    public static TestDatabase fresh(Database.Kind kind) {
        return new TestDatabase(kind, switch (kind) {
            case H2 -> "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> PostgresServer.createDatabase();
        });
    }

    /** An in-memory H2 database lives until shut down; without this, every test's would stay in the heap. */
    private void shutDownH2() {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down the test database " + url, e);
        }
    }

    public Database database() {
        return database;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        database.close();
        if (kind == Database.Kind.H2) shutDownH2();
        if (kind == Database.Kind.POSTGRESQL) PostgresServer.dropDatabase(url);
    }
}

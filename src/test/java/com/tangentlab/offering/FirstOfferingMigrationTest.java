package com.tangentlab.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.store.Database;
import com.tangentlab.store.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A database of the one-class schema opens with its class as the first offering, every account a member. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FirstOfferingMigrationTest {
    private static final String ONE_CLASS_SCHEMA = "8";

    @Parameter
    Database.Kind kind;

    @Test
    void everyAccountBecomesAMemberOfTheFirstOfferingInItsRole() throws SQLException {
        String url = switch (kind) {
            case H2 -> "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> PostgresServer.createDatabase();
        };
        try {
            Flyway.configure().dataSource(url, kind == Database.Kind.H2 ? "sa" : null, kind == Database.Kind.H2 ? "" : null)
                    .locations("classpath:db/migration").target(ONE_CLASS_SCHEMA).load().migrate();
            addAccount(url, "instructor", "instructor");
            addAccount(url, "alice", "student");

            try (Database opened = Database.open(url)) {
                Offerings offerings = new Offerings(opened.dataSource(), Clock.systemUTC());
                Offering first = offerings.offeringsOf("alice").get(0).offering();
                assertEquals(List.of(new Membership(first, OfferingRole.STUDENT)), offerings.offeringsOf("alice"));
                assertEquals(List.of(new Membership(first, OfferingRole.INSTRUCTOR)),
                        offerings.offeringsOf("instructor"));
                assertEquals("Jacobians and Hessians", first.title());
            }
        } finally {
            if (kind == Database.Kind.POSTGRESQL) PostgresServer.dropDatabase(url);
            else shutDown(url);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "") : DriverManager.getConnection(url);
    }

    private static void addAccount(String url, String username, String role) throws SQLException {
        try (Connection c = connect(url); PreparedStatement insert = c.prepareStatement("INSERT INTO users"
                + " (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', CURRENT_TIMESTAMP)")) {
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setString(3, role);
            insert.executeUpdate();
        }
    }

    private static void shutDown(String url) throws SQLException {
        try (Connection c = connect(url)) {
            c.createStatement().execute("SHUTDOWN");
        }
    }
}

package com.tangentlab.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.gradebook.CourseRules;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.gradebook.GradingPolicy;
import com.tangentlab.gradebook.LatePolicy;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.Database;
import com.tangentlab.store.PostgresServer;
import com.tangentlab.store.SectionViewStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database of the one-class schema opens with its class as the first offering: every account a member in
 * its role, and its submissions, deadlines, settings, section views and regrade runs that offering's.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FirstOfferingMigrationTest {
    private static final String ONE_CLASS_SCHEMA = "8";
    private static final String AT = "2026-11-02 09:30:00+00";
    private static final String DUE = "2026-11-20T23:59:00Z";

    @Parameter
    Database.Kind kind;

    @Test
    void everyAccountAndAllTheClassDataGoToTheFirstOffering() throws SQLException {
        String url = switch (kind) {
            case H2 -> "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> PostgresServer.createDatabase();
        };
        try {
            Flyway.configure().dataSource(url, kind == Database.Kind.H2 ? "sa" : null, kind == Database.Kind.H2 ? "" : null)
                    .locations("classpath:db/migration").target(ONE_CLASS_SCHEMA).load().migrate();
            addAccount(url, "instructor", "instructor");
            addAccount(url, "alice", "student");
            addOneClassData(url);

            try (Database opened = Database.open(url)) {
                Offerings offerings = new Offerings(opened.dataSource(), Clock.systemUTC());
                Offering first = offerings.offeringsOf("alice").get(0).offering();
                assertEquals(List.of(new Membership(first, OfferingRole.STUDENT)), offerings.offeringsOf("alice"));
                assertEquals(List.of(new Membership(first, OfferingRole.INSTRUCTOR)),
                        offerings.offeringsOf("instructor"));
                assertEquals("Jacobians and Hessians", first.title());
                assertTheClassDataBelongsTo(opened, first.id());
            }
        } finally {
            if (kind == Database.Kind.POSTGRESQL) PostgresServer.dropDatabase(url);
            else shutDown(url);
        }
    }

    /** A submission, a deadline, changed settings, a section view and a regrade run, as the one class held them. */
    private static void addOneClassData(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO submissions (student, exercise_id, code, submitted_at, seed, source)"
                    + " VALUES ('alice', 'softmax-jacobian', 'return x;', TIMESTAMP WITH TIME ZONE '" + AT + "', 7, 'web')");
            s.executeUpdate("INSERT INTO deadlines (exercise_id, due_at)"
                    + " VALUES ('softmax-jacobian', TIMESTAMP WITH TIME ZONE '" + DUE + "')");
            s.executeUpdate("UPDATE course_settings SET grading_policy = 'last', late_policy = 'no-credit',"
                    + " penalty_percent_per_day = 0");
            s.executeUpdate("INSERT INTO section_views (username, section, viewed_at)"
                    + " VALUES ('alice', '3', TIMESTAMP WITH TIME ZONE '" + AT + "')");
            s.executeUpdate("INSERT INTO regrade_runs (exercise_id, started_by, started_at, heartbeat_at, state,"
                    + " total, waiting) VALUES (NULL, 'instructor', TIMESTAMP WITH TIME ZONE '" + AT + "',"
                    + " TIMESTAMP WITH TIME ZONE '" + AT + "', 'finished', 0, FALSE)");
        }
    }

    private static void assertTheClassDataBelongsTo(Database opened, long first) throws SQLException {
        DataSource data = opened.dataSource();
        CourseRulesStore rules = new CourseRulesStore(data, first);
        assertEquals(new CourseRules(GradingPolicy.LAST, LatePolicy.NO_CREDIT, 0), rules.rules());
        assertEquals(OffsetDateTime.parse(DUE).toInstant(), rules.deadlines().get("softmax-jacobian").toInstant());
        assertEquals(1, new ClassSubmissions(data, first).ofExercise("softmax-jacobian").size());
        assertEquals(1, new SectionViewStore(data, Clock.systemUTC(), first).firstViews("3").size());
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT offering_id FROM regrade_runs")) {
            r.next();
            assertEquals(first, r.getLong(1));
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

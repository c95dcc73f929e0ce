package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 database made by the schema as released before PostgreSQL (CLOB text columns; the migrations are
 * kept verbatim under test resources) opens with today's migrations and keeps its data.
 */
class ReleasedH2MigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String RELEASED = "classpath:db/released-h2";
    private static final String LONG_TEXT = "x".repeat(70_000);

    @TempDir
    Path folder;

    private String releasedDatabase() {
        String url = "jdbc:h2:file:" + folder.resolve("tangentlab").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(RELEASED).load().migrate();
        return url;
    }

    @Test
    void aReleasedDatabaseKeepsItsSubmissionsGradesAndDraftsAndGetsPortableColumns() throws SQLException {
        String url = releasedDatabase();
        StoredSubmission stored;
        Grade grade = new Grade(Status.GRADED, 4, 10, "two of five",
                List.of(new TestResult("hidden 1", "hidden", false, 0, 2, "values differ", LONG_TEXT)),
                List.of(new Diagnostic(2, 5, "unused")), "");
        StoredSubmission waiting;
        try (Connection c = releasedSchema(url).getConnection()) {
            stored = addReleased(c, new NewSubmission("alice", "softmax-jacobian", LONG_TEXT, 7, SubmissionSource.WEB,
                    null));
            waiting = addReleased(c, new NewSubmission("bob", "softmax-jacobian", "// left", 8, SubmissionSource.WEB,
                    null));
            recordReleasedGrade(c, stored.id(), grade);
        }

        try (Database after = Database.open(url)) {
            SubmissionStore store = new SubmissionStore(after.dataSource(), CLOCK);
            assertEquals(Optional.of(stored), store.find(stored.id()));
            assertEquals(Optional.of(grade), store.grade(stored.id()));
            assertEquals(false, queued(after, stored.id()), "a graded submission is not in the queue");
            assertEquals(true, queued(after, waiting.id()), "an ungraded web submission waits in the queue");
            assertEquals("CHARACTER VARYING NO", column(after, "SUBMISSIONS", "CODE"));
            assertEquals("CHARACTER VARYING YES", column(after, "TEST_RESULTS", "DETAIL"));
            assertEquals("CHARACTER VARYING NO", column(after, "DRAFTS", "CODE"));
        }
    }

    @Test
    void aReleasedMigrationChangedByHandIsStillRefused() throws SQLException {
        String url = releasedDatabase();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        }

        assertThrows(FlywayException.class, () -> Database.open(url).close());
    }

    /** A submission written as the released schema held it, which has no course to name. */
    private static StoredSubmission addReleased(Connection c, NewSubmission s) throws SQLException {
        OffsetDateTime at = CLOCK.instant().atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO submissions (student, exercise_id, code,"
                + " submitted_at, seed, source, batch) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, s.student());
            insert.setString(2, s.exerciseId());
            insert.setString(3, s.code());
            insert.setObject(4, at);
            insert.setLong(5, s.seed());
            insert.setString(6, s.source().label());
            insert.setString(7, s.batch());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new StoredSubmission(keys.getLong(1), s.student(), s.exerciseId(), s.code(), at, s.seed(),
                        s.source(), s.batch());
            }
        }
    }

    /** A grade written as the released schema held it, which has no queue columns to clear. */
    private static void recordReleasedGrade(Connection c, long id, Grade grade) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE submissions SET status = ?, score = ?,"
                + " max_score = ?, message = ?, graded_at = ? WHERE id = ?")) {
            update.setString(1, grade.status().label());
            update.setDouble(2, grade.score());
            update.setDouble(3, grade.maxScore());
            update.setString(4, grade.message());
            update.setObject(5, CLOCK.instant().atOffset(ZoneOffset.UTC));
            update.setLong(6, id);
            update.executeUpdate();
        }
        SubmissionStore.insertTests(c, id, grade.tests());
        SubmissionStore.insertDiagnostics(c, id, grade.diagnostics());
    }

    private static boolean queued(Database db, long id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT queued FROM submissions WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    /** The released database as it was: a plain connection, before today's migrations run. */
    private static DataSource releasedSchema(String url) {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(url);
        plain.setUser("sa");
        return plain;
    }

    /** A column's type and whether it may be NULL, as H2's information schema reads them. */
    private static String column(Database db, String table, String column) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1) + " " + r.getString(2);
            }
        }
    }
}

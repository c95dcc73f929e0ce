package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formula injection (OWASP "CSV Injection") through the server's CSV exports: display names and
 * messages a spreadsheet would run come out as text, prefixed with {@code '}, in every export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebExportsTest {
    private static final String SOFTMAX = "softmax-jacobian";
    private static final List<String> EXPORTS = List.of("/api/instructor/exports/grades.csv",
            "/api/instructor/exports/attempts.csv");
    /** The payloads of the issue, as display names: one account each. */
    private static final List<String> HOSTILE_NAMES = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3",
            "@SUM(A1:A9)", "=HYPERLINK(\"http://evil.example\",\"grades\")", "\t=1+1", "\r=1+1");
    private static final String HOSTILE_MESSAGE = "=HYPERLINK(\"http://evil.example\",\"hint\")";
    /** Seeds are drawn from every long, so half of them are negative numbers, not formulas. */
    private static final long NEGATIVE_SEED = -8317340092L;
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private WebFixture server;
    private WebFixture.Client instructor;

    @BeforeAll
    void seed() throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
        for (int i = 0; i < HOSTILE_NAMES.size(); i++) addAccount("mallory" + i, HOSTILE_NAMES.get(i));
        try (Database db = Database.open(server.databaseUrl)) {
            SubmissionStore store = new SubmissionStore(db.dataSource(), Clock.systemUTC());
            long id = store.add(new NewSubmission("mallory0", SOFTMAX, WebFixture.sample("correct.jsh"),
                    NEGATIVE_SEED, SubmissionSource.WEB, null)).id();
            store.recordGrade(id, Grade.failed(Status.COMPILE_ERROR, 10, HOSTILE_MESSAGE));
        }
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    static Stream<Arguments> hostileNames() {
        return HOSTILE_NAMES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "the display name {0} is exported as text")
    @MethodSource("hostileNames")
    void aDisplayNameThatWouldRunIsTextInGradesCsv(String name) throws Exception {
        List<List<String>> rows = export("/api/instructor/exports/grades.csv");
        int column = rows.get(0).indexOf("display_name");
        assertTrue(rows.stream().anyMatch(r -> r.get(column).equals("'" + name)), "no row with '" + name);
        assertFalse(rows.stream().anyMatch(r -> r.get(column).equals(name)), name + " exported as it is");
    }

    @ParameterizedTest(name = "{0} has no cell a spreadsheet would run")
    @ValueSource(strings = {"/api/instructor/exports/grades.csv", "/api/instructor/exports/attempts.csv"})
    void noExportHasACellThatWouldRun(String route) throws Exception {
        assertTrue(EXPORTS.contains(route));
        for (List<String> row : export(route)) {
            for (String cell : row) {
                assertFalse(FORMULA_START.matcher(cell).matches() && !PLAIN_NUMBER.matcher(cell).matches(),
                        route + " has the cell " + cell);
            }
        }
    }

    @Test
    void attemptsCsvMakesAMessageTextAndKeepsANegativeSeedANumber() throws Exception {
        List<List<String>> rows = export("/api/instructor/exports/attempts.csv");
        List<String> header = rows.get(0);
        List<String> attempt = rows.stream().filter(r -> r.get(header.indexOf("student")).equals("mallory0"))
                .findFirst().orElseThrow();
        assertEquals("'" + HOSTILE_MESSAGE, attempt.get(header.indexOf("message")));
        assertEquals(Long.toString(NEGATIVE_SEED), attempt.get(header.indexOf("seed")));
    }

    private List<List<String>> export(String route) throws Exception {
        WebFixture.Response r = instructor.get(route);
        assertEquals(200, r.status(), r.toString());
        return WebGradebookTest.parseCsv(r.raw().body());
    }

    /** The roster format has no quoting, so names with commas or tabs are written directly. */
    private void addAccount(String username, String displayName) throws Exception {
        try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                PreparedStatement insert = c.prepareStatement("INSERT INTO users (username, display_name, role,"
                        + " password_hash, created_at) VALUES (?, ?, 'student', 'no-password', ?)")) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
        WebFixture.Response joined = instructor.put("/api/instructor/members/" + username, Map.of("role", "student"));
        assertEquals(200, joined.status(), joined.toString());
    }
}

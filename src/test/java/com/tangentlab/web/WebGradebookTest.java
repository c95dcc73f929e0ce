package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.cli.Main;
import com.tangentlab.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The instructor dashboard's API on a real server over a seeded class: alice was graded 0.59 on
 * time and then 10 two started days after the deadline; bob 10 on time; a folder graded by the
 * grade command adds zed, who has no account; lee's display name needs CSV quoting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebGradebookTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final String SOFTMAX = "softmax-jacobian";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-01-10T12:00:00Z");
    private static final String LEE = "Lee, \"Sam\"";
    private static final List<String> INSTRUCTOR_ROUTES = List.of("/api/instructor/gradebook",
            "/api/instructor/gradebook/attempts?student=alice&exercise=softmax-jacobian",
            "/api/instructor/students/alice", "/api/instructor/exports/grades.csv",
            "/api/instructor/exports/attempts.csv", "/api/instructor/exports/attempts.json",
            "/api/instructor/settings");

    private WebFixture server;
    private WebFixture.Client instructor;
    private Path batch;

    @BeforeAll
    void seed(@TempDir Path folders) throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
        assertEquals(201, instructor.postRaw("/api/instructor/roster", "carol,Carol Chen", "text/csv").status());
        addAccount("lee", LEE);

        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", SOFTMAX, WebFixture.sample("diagonal-only.jsh"), DEADLINE.minusHours(2), 0.59, 11);
            seed.graded("bob", SOFTMAX, WebFixture.sample("correct.jsh"), DEADLINE.minusHours(1), 10, 12);
            seed.graded("alice", SOFTMAX, WebFixture.sample("correct.jsh"), DEADLINE.plusHours(30), 10, 13);
        }

        batch = folders.resolve("quiz");
        Files.createDirectories(batch.resolve("zed"));
        Files.writeString(batch.resolve("zed").resolve(SOFTMAX + ".jsh"), WebFixture.sample("plus-outer.jsh"));
        int exit = Main.commandLine(Settings.from(System.getenv()).withDatabaseUrl(server.databaseUrl))
                .execute("grade", batch.toString(), "--out", folders.resolve("grades.csv").toString(), "--jobs", "1");
        assertEquals(0, exit);

        saveSettings("best", "penalty", 10);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void theGradebookCountsTheBestAttemptAfterTheLatePenalty() throws Exception {
        JsonNode book = gradebook();
        JsonNode alice = row(book, "alice").get("cells").get(SOFTMAX);
        assertEquals(8.0, alice.get("score").asDouble(), SCORE_TOLERANCE, "10 less 2 started days × 10 %");
        assertEquals(10.0, alice.get("rawScore").asDouble(), SCORE_TOLERANCE);
        assertEquals(20.0, alice.get("penaltyPercent").asDouble(), SCORE_TOLERANCE);
        assertTrue(alice.get("late").asBoolean());
        assertEquals(2, alice.get("attempts").asInt());
        assertEquals(8.0, row(book, "alice").get("total").asDouble(), SCORE_TOLERANCE);
        assertEquals(5.33, row(book, "alice").get("percent").asDouble(), SCORE_TOLERANCE, "8 of 150 points, to hundredths");
        assertEquals(150.0, book.get("maxTotal").asDouble(), SCORE_TOLERANCE);

        JsonNode bob = row(book, "bob");
        assertEquals(10.0, bob.get("cells").get(SOFTMAX).get("score").asDouble(), SCORE_TOLERANCE);
        assertFalse(bob.get("cells").get(SOFTMAX).get("late").asBoolean());
        assertEquals(6.67, bob.get("percent").asDouble(), SCORE_TOLERANCE, "10 of 150 points, to hundredths");

        assertEquals(0, row(book, "carol").get("cells").size(), "carol never submitted");
        assertEquals(LEE, row(book, "lee").get("displayName").asText());
        assertFalse(book.get("rows").findValuesAsText("username").contains("instructor"));
    }

    @Test
    void aBatchStudentWithoutAnAccountIsARowMarkedSo() throws Exception {
        JsonNode zed = row(gradebook(), "zed");
        assertFalse(zed.get("hasAccount").asBoolean());
        assertEquals("zed", zed.get("displayName").asText());
        JsonNode cell = zed.get("cells").get(SOFTMAX);
        assertTrue(cell.get("late").asBoolean(), "graded today, long after the deadline");
        assertEquals(100.0, cell.get("penaltyPercent").asDouble(), SCORE_TOLERANCE);
        assertEquals(0.0, cell.get("score").asDouble(), SCORE_TOLERANCE);
        JsonNode attempt = instructor.get("/api/instructor/students/zed").json().get("timeline").get(0).get("attempt");
        assertEquals("batch: " + batch.toAbsolutePath().normalize(), attempt.get("source").asText());
        assertEquals(attempt.get("rawScore").asDouble(), cell.get("rawScore").asDouble(), SCORE_TOLERANCE,
                "the judge's score as the grade command recorded it");
    }

    @Test
    void noCreditAndLastAttemptChangeWhatCounts() throws Exception {
        try {
            saveSettings("best", "no-credit", 10);
            JsonNode best = row(gradebook(), "alice").get("cells").get(SOFTMAX);
            assertEquals(0.59, best.get("score").asDouble(), SCORE_TOLERANCE, "only the on-time attempt earns");
            assertFalse(best.get("late").asBoolean());

            saveSettings("last", "no-credit", 10);
            JsonNode last = row(gradebook(), "alice").get("cells").get(SOFTMAX);
            assertEquals(0.0, last.get("score").asDouble(), SCORE_TOLERANCE, "the last attempt is late");
            assertEquals(10.0, last.get("rawScore").asDouble(), SCORE_TOLERANCE);
            assertEquals(100.0, last.get("penaltyPercent").asDouble(), SCORE_TOLERANCE);
        } finally {
            saveSettings("best", "penalty", 10);
        }
    }

    @Test
    void settingsAndDeadlinesComeBackAsSaved() throws Exception {
        JsonNode settings = instructor.get("/api/instructor/settings").json();
        assertEquals("best", settings.get("rules").get("gradingPolicy").asText());
        assertEquals("penalty", settings.get("rules").get("latePolicy").asText());
        assertEquals(10.0, settings.get("rules").get("penaltyPercentPerDay").asDouble(), SCORE_TOLERANCE);
        Map<String, String> deadlines = new HashMap<>();
        settings.get("exercises").forEach(x -> deadlines.put(x.get("id").asText(),
                x.get("deadline").isNull() ? null : x.get("deadline").asText()));
        assertEquals("2025-01-10T12:00:00Z", deadlines.get(SOFTMAX));
        assertNull(deadlines.get("newton-step"));
    }

    @Test
    void badSettingsAreRefusedWithTheReason() throws Exception {
        assertEquals(400, putSettings("best", "penalty", 150, Map.of()).status());
        assertEquals(400, putSettings("median", "penalty", 10, Map.of()).status());
        assertEquals(400, putSettings("best", "penalty", 10, Map.of("no-such-exercise", "2025-01-01T00:00:00Z"))
                .status());
        WebFixture.Response badDate = putSettings("best", "penalty", 10, Map.of(SOFTMAX, "next friday"));
        assertEquals(400, badDate.status());
        assertTrue(badDate.json().get("error").asText().contains("ISO-8601"), badDate.toString());
        assertEquals("2025-01-10T12:00:00Z", instructor.get("/api/instructor/settings").json().get("exercises")
                .findValues("deadline").stream().filter(d -> !d.isNull()).findFirst().orElseThrow().asText());
    }

    @Test
    void theGradesCsvIsWhatAnLmsImports() throws Exception {
        WebFixture.Response r = instructor.get("/api/instructor/exports/grades.csv");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/csv"), r.header("Content-Type"));
        assertEquals("attachment; filename=\"grades.csv\"", r.header("Content-Disposition"));
        assertTrue(r.raw().body().contains("lee,\"Lee, \"\"Sam\"\"\","), r.raw().body());
        List<List<String>> rows = parseCsv(r.raw().body());
        List<String> header = new ArrayList<>(List.of("username", "display_name"));
        gradebook().get("exercises").forEach(x -> header.add(x.get("id").asText()));
        header.add("total");
        assertEquals(header, rows.get(0));
        Map<String, List<String>> byUser = new HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> byUser.put(row.get(0), row));
        int softmax = header.indexOf(SOFTMAX);
        assertEquals("8", byUser.get("alice").get(softmax));
        assertEquals("8", byUser.get("alice").get(header.size() - 1));
        assertEquals("10", byUser.get("bob").get(softmax));
        assertEquals("0", byUser.get("zed").get(softmax), "graded long after the deadline");
        assertEquals("", byUser.get("carol").get(softmax));
        assertEquals(LEE, byUser.get("lee").get(1));
        assertEquals(gradebook().get("rows").size(), rows.size() - 1);
    }

    @Test
    void everyAttemptIsExportedAsCsvAndJson() throws Exception {
        WebFixture.Response csv = instructor.get("/api/instructor/exports/attempts.csv");
        assertEquals("attachment; filename=\"attempts.csv\"", csv.header("Content-Disposition"));
        List<List<String>> rows = parseCsv(csv.raw().body());
        assertEquals(List.of("id", "student", "exercise", "submitted_at", "source", "status", "score", "max_score",
                "late", "seed", "message"), rows.get(0));
        assertEquals(4, rows.size() - 1, "alice twice, bob and zed");

        WebFixture.Response json = instructor.get("/api/instructor/exports/attempts.json");
        assertEquals("attachment; filename=\"attempts.json\"", json.header("Content-Disposition"));
        assertEquals(4, json.json().size());
        for (int i = 0; i < 4; i++) {
            JsonNode a = json.json().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(a.get("id").asText(), row.get(0));
            assertEquals(a.get("student").asText(), row.get(1));
            assertEquals(a.get("submitted_at").asText(), row.get(3));
            OffsetDateTime.parse(row.get(3));
            assertEquals(a.get("source").asText(), row.get(4));
            assertEquals(a.get("late").asText(), row.get(8));
            assertEquals(a.get("seed").asText(), row.get(9));
            assertEquals(a.get("message").asText(), row.get(10));
        }
        JsonNode alicesLate = json.json().get(2);
        assertEquals("alice", alicesLate.get("student").asText());
        assertTrue(alicesLate.get("late").asBoolean());
        assertEquals(10.0, alicesLate.get("score").asDouble(), SCORE_TOLERANCE, "the judge's score, before the penalty");
        assertEquals("web", alicesLate.get("source").asText());
        assertEquals("2025-01-11T18:00:00Z", alicesLate.get("submitted_at").asText());
    }

    @Test
    void aStudentsTimelineShowsEveryAttemptAndTheTimeBetween() throws Exception {
        JsonNode alice = instructor.get("/api/instructor/students/alice").json();
        JsonNode timeline = alice.get("timeline");
        assertEquals(2, timeline.size());
        assertTrue(timeline.get(0).get("secondsSincePrevious").isNull());
        assertEquals(32 * 3600, timeline.get(1).get("secondsSincePrevious").asLong());
        assertEquals(0.59, timeline.get(0).get("attempt").get("score").asDouble(), SCORE_TOLERANCE);
        assertEquals(8.0, timeline.get(1).get("attempt").get("score").asDouble(), SCORE_TOLERANCE);
        assertEquals(2, timeline.get(1).get("attempt").get("daysLate").asInt());
        assertEquals(404, instructor.get("/api/instructor/students/nobody").status());
    }

    @Test
    void aCellOpensTheAttemptsWithCodeAndFeedback() throws Exception {
        JsonNode attempts = instructor.get("/api/instructor/gradebook/attempts?student=alice&exercise=" + SOFTMAX)
                .json().get("attempts");
        assertEquals(2, attempts.size());
        assertTrue(attempts.get(0).get("code").asText().contains("softmaxJacobian"));
        assertEquals("graded", attempts.get(0).get("grade").get("status").asText());
        assertEquals(List.of("small logits", "rows sum to zero"),
                attempts.get(0).get("grade").get("tests").findValuesAsText("name"));
        assertTrue(attempts.get(1).get("attempt").get("late").asBoolean());
        assertEquals(400, instructor.get("/api/instructor/gradebook/attempts?student=alice").status());
    }

    @Test
    void studentsSeeTheDeadlineAndWhichAttemptsWereLate() throws Exception {
        WebFixture.Client alice = server.signedIn("alice");
        JsonNode page = alice.get("/api/exercises/" + SOFTMAX).json();
        assertEquals("2025-01-10T12:00:00Z", page.get("deadline").asText());
        assertEquals("late: −10%/day", page.get("lateRule").asText());
        JsonNode listed = alice.get("/api/exercises").json();
        listed.forEach(x -> assertEquals(x.get("id").asText().equals(SOFTMAX), !x.get("deadline").isNull()));
        JsonNode attempts = alice.get("/api/exercises/" + SOFTMAX + "/submissions").json().get("attempts");
        assertFalse(attempts.get(0).get("late").asBoolean());
        assertTrue(attempts.get(1).get("late").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/instructor/gradebook", "/api/instructor/students/alice",
        "/api/instructor/exports/grades.csv", "/api/instructor/exports/attempts.csv",
        "/api/instructor/exports/attempts.json", "/api/instructor/settings"})
    void aStudentIsRefusedAndAnonymousMustSignIn(String route) throws Exception {
        assertTrue(INSTRUCTOR_ROUTES.stream().anyMatch(r -> r.startsWith(route)));
        assertEquals(403, server.signedIn("alice").get(route).status());
        assertEquals(401, server.client().get(route).status());
    }

    @Test
    void aStudentCannotChangeTheSettings() throws Exception {
        WebFixture.Client alice = server.signedIn("alice");
        assertEquals(403, alice.put("/api/instructor/settings", settingsBody("last", "no-credit", 0, Map.of()))
                .status());
        assertEquals(401, server.client().put("/api/instructor/settings", settingsBody("last", "no-credit", 0,
                Map.of())).status());
        assertEquals("best", instructor.get("/api/instructor/settings").json().get("rules").get("gradingPolicy")
                .asText());
    }

    private JsonNode gradebook() throws Exception {
        WebFixture.Response r = instructor.get("/api/instructor/gradebook");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonNode row(JsonNode book, String username) {
        for (JsonNode row : book.get("rows")) if (row.get("username").asText().equals(username)) return row;
        throw new AssertionError("no row for " + username + " in " + book);
    }

    private void saveSettings(String grading, String late, double penalty) throws Exception {
        WebFixture.Response r = putSettings(grading, late, penalty, Map.of(SOFTMAX, DEADLINE.toString()));
        assertEquals(200, r.status(), r.toString());
    }

    private WebFixture.Response putSettings(String grading, String late, double penalty, Map<String, String> deadlines)
            throws Exception {
        return instructor.put("/api/instructor/settings", settingsBody(grading, late, penalty, deadlines));
    }

    private static Map<String, Object> settingsBody(String grading, String late, double penalty,
            Map<String, String> deadlines) {
        return Map.of("gradingPolicy", grading, "latePolicy", late, "penaltyPercentPerDay", penalty,
                "deadlines", deadlines);
    }

    /** The roster format has no quoting, so an account whose name needs it is written directly. */
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

    /** RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "the CSV must end with CRLF");
        return rows;
    }
}

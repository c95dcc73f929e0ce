package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.TestExercises;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regrading after an exercise changed: submissions are graded out of 10, the server restarts
 * with softmax-jacobian worth 20, and a regrade reports the doubled scores; only applying it
 * writes them.
 */
class WebRegradeTest {
    /** Scores are stored to two decimals; JSON carries them exactly. */
    private static final double EXACT = 1e-9;

    @TempDir
    static Path folders;

    private static WebFixture server;
    private static String instructorPassword;
    private static long wrong;
    private static long right;

    @BeforeAll
    static void gradeThenChangeThePoints() throws Exception {
        String database = WebFixture.freshDatabaseUrl();
        Path original = TestExercises.copyWithRoomyTimeLimit(Files.createDirectories(folders.resolve("original")));
        try (WebFixture before = WebFixture.startWithExercises(database, original)) {
            instructorPassword = before.password("instructor");
            Client alice = before.signedIn("alice");
            wrong = graded(alice, WebFixture.sample("diagonal-only.jsh"));
            right = graded(alice, WebFixture.sample("correct.jsh"));
        }
        Path changed = TestExercises.copyWithRoomyTimeLimit(Files.createDirectories(folders.resolve("changed")));
        Path yaml = changed.resolve("softmax-jacobian/exercise.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^points: 10$", "points: 20"));
        server = WebFixture.startWithExercises(database, changed);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static long graded(Client c, String code) throws Exception {
        long id = c.post("/api/exercises/softmax-jacobian/submissions", Client.code(code)).json().get("id").asLong();
        c.awaitGraded(id);
        return id;
    }

    private static Client instructor() throws Exception {
        Client c = server.client();
        assertEquals(200, c.login("instructor", instructorPassword).status());
        return c;
    }

    @Test
    void aRegradeReportsBeforeAndAfterAndWritesOnlyWhenApplied() throws Exception {
        Client instructor = instructor();
        JsonNode abandoned = finished(instructor, start(instructor));
        Map<Long, JsonNode> rows = rows(abandoned);
        assertEquals(2, abandoned.get("total").asInt());
        assertEquals(2, abandoned.get("changed").asInt());
        assertHeadline(rows.get(wrong).get("before"), "graded", 0.59, 10);
        assertHeadline(rows.get(wrong).get("after"), "graded", 1.18, 20);
        assertHeadline(rows.get(right).get("before"), "graded", 10, 10);
        assertHeadline(rows.get(right).get("after"), "graded", 20, 20);
        assertTrue(rows.get(right).get("changed").asBoolean());

        long first = abandoned.get("id").asLong();
        Response abandon = instructor.post("/api/instructor/regrades/" + first + "/abandon", Map.of());
        assertEquals("abandoned", abandon.json().get("state").asText());
        assertEquals(409, instructor.post("/api/instructor/regrades/" + first + "/apply", Map.of()).status());
        assertStoredScore(instructor, right, 10, 10);

        JsonNode report = finished(instructor, start(instructor));
        Response applied = instructor.post("/api/instructor/regrades/" + report.get("id").asLong() + "/apply",
                Map.of());
        assertEquals(200, applied.status(), applied.toString());
        assertEquals(2, applied.json().get("applied").asInt());
        assertStoredScore(instructor, right, 20, 20);
        assertStoredScore(instructor, wrong, 1.18, 20);
        assertEquals(409, instructor.post("/api/instructor/regrades/" + report.get("id").asLong() + "/apply",
                Map.of()).status(), "a report is applied once");

        JsonNode again = finished(instructor, start(instructor));
        assertEquals(0, again.get("changed").asInt(), "after applying, a replay changes nothing");
    }

    private static long start(Client instructor) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("exercise", "softmax-jacobian");
        Response started = instructor.post("/api/instructor/regrades", body);
        assertEquals(202, started.status(), started.toString());
        assertEquals("/api/instructor/regrades/" + started.json().get("id").asLong(), started.header("Location"));
        return started.json().get("id").asLong();
    }

    private static JsonNode finished(Client instructor, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = instructor.get("/api/instructor/regrades/" + id).json();
            assertTrue(run.get("done").asInt() <= run.get("total").asInt());
            if (!run.get("state").asText().equals("running")) {
                assertEquals("finished", run.get("state").asText(), run.toString());
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("regrade " + id + " did not finish within 120 s");
    }

    private static Map<Long, JsonNode> rows(JsonNode run) {
        Map<Long, JsonNode> rows = new HashMap<>();
        StreamSupport.stream(run.get("rows").spliterator(), false)
                .forEach(r -> rows.put(r.get("submissionId").asLong(), r));
        assertEquals(List.of(wrong, right).stream().sorted().toList(), rows.keySet().stream().sorted().toList(),
                run.toString());
        return rows;
    }

    private static void assertHeadline(JsonNode h, String status, double score, double maxScore) {
        assertEquals(status, h.get("status").asText());
        assertEquals(score, h.get("score").asDouble(), EXACT);
        assertEquals(maxScore, h.get("maxScore").asDouble(), EXACT);
    }

    private static void assertStoredScore(Client instructor, long id, double score, double maxScore)
            throws Exception {
        JsonNode grade = instructor.get("/api/instructor/submissions/" + id).json().get("grade");
        assertEquals(score, grade.get("score").asDouble(), EXACT);
        assertEquals(maxScore, grade.get("maxScore").asDouble(), EXACT);
    }
}

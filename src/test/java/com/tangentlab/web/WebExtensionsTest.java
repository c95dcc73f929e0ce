package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Extensions through the API: alice and bob both handed in full marks 30 hours after the deadline (two
 * started days at 10 % a day: 8 of 10). An extension of three days makes alice's on time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebExtensionsTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final String SOFTMAX = "softmax-jacobian";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-01-10T12:00:00Z");
    private static final String EXTENDED = "2025-01-13T12:00:00Z";

    private WebFixture server;
    private WebFixture.Client instructor;
    private WebFixture.Client alice;

    @BeforeAll
    void twoLateStudents() throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
        alice = server.signedIn("alice");
        try (GradedSeed seed = new GradedSeed(server.databaseUrl)) {
            seed.graded("alice", SOFTMAX, WebFixture.sample("correct.jsh"), DEADLINE.plusHours(30), 10, 1);
            seed.graded("bob", SOFTMAX, WebFixture.sample("correct.jsh"), DEADLINE.plusHours(30), 10, 2);
        }
        assertEquals(200, instructor.put("/api/instructor/settings", Map.of("gradingPolicy", "best",
                "latePolicy", "penalty", "penaltyPercentPerDay", 10,
                "deadlines", Map.of(SOFTMAX, DEADLINE.toString()))).status());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @AfterEach
    void takeEveryExtensionBack() throws Exception {
        instructor.delete("/api/instructor/extensions?student=alice&exercise=" + SOFTMAX);
        instructor.delete("/api/instructor/extensions?student=alice");
    }

    @Test
    void anExtensionMakesOneStudentsLateAttemptOnTimeAndTheGradebookMarksIt() throws Exception {
        WebFixture.Response granted = grant("alice", SOFTMAX, EXTENDED);
        assertEquals(200, granted.status(), granted.toString());
        assertEquals("instructor", granted.json().get("grantedBy").asText());

        JsonNode book = instructor.get("/api/instructor/gradebook").json();
        assertEquals(10.0, cell(book, "alice").get("score").asDouble(), SCORE_TOLERANCE);
        assertFalse(cell(book, "alice").get("late").asBoolean());
        assertEquals(8.0, cell(book, "bob").get("score").asDouble(), SCORE_TOLERANCE, "bob has no extension");
        assertTrue(row(book, "alice").get("extended").get(SOFTMAX).asText().startsWith("2025-01-13T12:00"));
        assertTrue(row(book, "bob").get("extended").isEmpty());
        assertEquals(List.of("alice"), students(instructor.get("/api/instructor/extensions").json()));
    }

    @Test
    void theStudentSeesTheirOwnDeadlineAndTheirAttemptOnTime() throws Exception {
        grant("alice", SOFTMAX, EXTENDED);

        JsonNode mine = exercise(alice.get("/api/exercises").json());
        JsonNode attempts = alice.get("/api/exercises/" + SOFTMAX + "/submissions").json().get("attempts");
        assertTrue(mine.get("deadline").asText().startsWith("2025-01-13T12:00"), mine.toString());
        assertFalse(attempts.get(0).get("late").asBoolean());
    }

    @Test
    void anExtensionOfEveryExerciseCoversThisOneAndTakingItBackRestoresThePenalty() throws Exception {
        assertEquals(200, grant("alice", null, EXTENDED).status());
        assertEquals(10.0, cell(instructor.get("/api/instructor/gradebook").json(), "alice").get("score").asDouble(),
                SCORE_TOLERANCE);

        assertEquals(200, instructor.delete("/api/instructor/extensions?student=alice")
                .status());
        assertEquals(8.0, cell(instructor.get("/api/instructor/gradebook").json(), "alice").get("score").asDouble(),
                SCORE_TOLERANCE);
        assertEquals(404, instructor.delete("/api/instructor/extensions?student=alice")
                .status(), "nothing left to take back");
    }

    @Test
    void aBadGrantIsRefusedSayingWhyAndGrantsNothing() throws Exception {
        record Case(String student, String exercise, String deadline, int status, String error) {}
        for (Case c : List.of(
                new Case("mallory", SOFTMAX, EXTENDED, 404, "no student mallory in this course"),
                new Case("instructor", SOFTMAX, EXTENDED, 404, "no student instructor in this course"),
                new Case("alice", "no-such-exercise", EXTENDED, 400, "no exercise has the id no-such-exercise"),
                new Case("alice", SOFTMAX, "next monday", 400, "the deadline of softmax-jacobian must be an"
                        + " ISO-8601 time with an offset, e.g. 2025-03-01T23:59:00Z, not next monday"),
                new Case("alice", SOFTMAX, null, 400, "an extension needs a deadline"))) {
            WebFixture.Response r = grant(c.student(), c.exercise(), c.deadline());
            assertEquals(c.status(), r.status(), r.toString());
            assertEquals(c.error(), r.json().get("error").asText());
        }
        assertTrue(instructor.get("/api/instructor/extensions").json().get("extensions").isEmpty());
        assertEquals(403, alice.put("/api/instructor/extensions", Map.of("student", "alice", "exercise", SOFTMAX,
                "deadline", EXTENDED)).status(), "a student grants herself nothing");
    }

    private WebFixture.Response grant(String student, String exercise, String deadline) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("student", student);
        body.put("exercise", exercise);
        body.put("deadline", deadline);
        return instructor.put("/api/instructor/extensions", body);
    }

    private static JsonNode row(JsonNode gradebook, String username) {
        for (JsonNode row : gradebook.get("rows")) {
            if (row.get("username").asText().equals(username)) return row;
        }
        throw new AssertionError("no row for " + username);
    }

    private static JsonNode cell(JsonNode gradebook, String username) {
        return row(gradebook, username).get("cells").get(SOFTMAX);
    }

    private static JsonNode exercise(JsonNode exercises) {
        for (JsonNode e : exercises) {
            if (e.get("id").asText().equals(SOFTMAX)) return e;
        }
        throw new AssertionError("no " + SOFTMAX);
    }

    private static List<String> students(JsonNode answer) {
        return StreamSupport.stream(answer.get("extensions").spliterator(), false)
                .map(e -> e.get("student").asText()).toList();
    }
}

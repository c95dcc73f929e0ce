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
 * Extensions and score overrides through the API: alice and bob both handed in full marks 30 hours after the
 * deadline (two started days at 10 % a day: 8 of 10). An extension of three days makes alice's on time. bob
 * also handed in full marks to the Newton step as late, whose score his instructor overrides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebStudentExceptionsTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final String SOFTMAX = "softmax-jacobian";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-01-10T12:00:00Z");
    private static final String NEWTON = "newton-step";
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
            seed.graded("bob", NEWTON, "// bob's Newton step", DEADLINE.plusHours(30), 10, 3);
        }
        assertEquals(200, instructor.put("/api/instructor/settings", Map.of("gradingPolicy", "best",
                "latePolicy", "penalty", "penaltyPercentPerDay", 10,
                "deadlines", Map.of(SOFTMAX, DEADLINE.toString(), NEWTON, DEADLINE.toString()))).status());
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

    @Test
    void anOverriddenScoreCountsUnderTheLateRuleAndEveryOverrideIsLogged() throws Exception {
        long attempt = cell(instructor.get("/api/instructor/gradebook").json(), "bob", NEWTON).get("countingId")
                .asLong();

        WebFixture.Response first = override(attempt, 6.0, "the helper was copied from the notes");
        WebFixture.Response second = override(attempt, 7.0, "  half of the helper was his own  ");
        assertEquals(200, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());

        JsonNode bob = cell(instructor.get("/api/instructor/gradebook").json(), "bob", NEWTON);
        assertEquals(7.0, bob.get("rawScore").asDouble(), SCORE_TOLERANCE);
        assertEquals(5.6, bob.get("score").asDouble(), SCORE_TOLERANCE, "7 less 20 % for two started days");
        JsonNode log = instructor.get("/api/instructor/overrides").json().get("overrides");
        assertEquals(2, log.size());
        JsonNode last = log.get(1);
        assertEquals(List.of(attempt, 6.0, 7.0), List.of(last.get("submissionId").asLong(),
                last.get("oldScore").asDouble(), last.get("newScore").asDouble()));
        assertEquals(List.of("bob", NEWTON, "half of the helper was his own", "instructor"), List.of(
                last.get("student").asText(), last.get("exerciseId").asText(), last.get("reason").asText(),
                last.get("overriddenBy").asText()));
        assertEquals(10.0, log.get(0).get("oldScore").asDouble(), SCORE_TOLERANCE, "the judge's score came first");
        assertTrue(last.get("overriddenAt").asText().endsWith("Z"));
    }

    @Test
    void aBadOverrideIsRefusedSayingWhyAndLogsNothing() throws Exception {
        long attempt = cell(instructor.get("/api/instructor/gradebook").json(), "bob", SOFTMAX).get("countingId")
                .asLong();
        int logged = instructor.get("/api/instructor/overrides").json().get("overrides").size();
        record Case(long submission, Double score, String reason, int status, String error) {}
        for (Case c : List.of(
                new Case(attempt, 11.0, "bonus", 400, "the score must be between 0 and 10, not 11.0"),
                new Case(attempt, -1.0, "malus", 400, "the score must be between 0 and 10, not -1.0"),
                new Case(attempt, 5.0, " ", 400, "an override needs a reason"),
                new Case(attempt, null, "why", 400, "missing field: score"),
                new Case(987_654, 5.0, "why", 404, "no submission 987654"))) {
            WebFixture.Response r = override(c.submission(), c.score(), c.reason());
            assertEquals(c.status(), r.status(), r.toString());
            assertEquals(c.error(), r.json().get("error").asText());
        }
        assertEquals(logged, instructor.get("/api/instructor/overrides").json().get("overrides").size());
        assertEquals(403, alice.post("/api/instructor/submissions/" + attempt + "/override",
                Map.of("score", 10, "reason", "mine")).status(), "a student overrides nothing");
    }

    @Test
    void anotherCoursesInstructorCannotOverrideThisCoursesAttempt() throws Exception {
        long attempt = cell(instructor.get("/api/instructor/gradebook").json(), "bob", SOFTMAX).get("countingId")
                .asLong();
        long other = instructor.post("/api/courses", Map.of("title", "Another course")).json().get("id").asLong();
        instructor.post("/api/courses/current", Map.of("course", other));
        try {
            assertEquals(404, override(attempt, 0.0, "not mine to change").status());
        } finally {
            long first = instructor.get("/api/courses").json().get("courses").get(0).get("id").asLong();
            instructor.post("/api/courses/current", Map.of("course", first));
        }
    }

    private WebFixture.Response override(long submission, Double score, String reason) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        body.put("reason", reason);
        return instructor.post("/api/instructor/submissions/" + submission + "/override", body);
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
        return cell(gradebook, username, SOFTMAX);
    }

    private static JsonNode cell(JsonNode gradebook, String username, String exercise) {
        return row(gradebook, username).get("cells").get(exercise);
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

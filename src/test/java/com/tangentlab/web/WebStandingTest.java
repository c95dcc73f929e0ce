package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A student sees the score that counts, the gradebook's own, beside the judge's score and the late
 * rule applied: on the course home (/api/sections, /api/exercises), in the attempts list and in a
 * submission's result. The course counts the best attempt after 10 % per started day late; every
 * expected value below is worked out by hand from the deadline, the time and the raw score.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebStandingTest {
    /** Scores are exact hundredths; this only absorbs their binary representation. */
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final String SOFTMAX = "softmax-jacobian";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-10-29T23:59:00Z");
    /** Each student's attempts: minutes after the deadline (negative before it) and the judge's score. */
    private static final Map<String, List<double[]>> ATTEMPTS = Map.of(
            "ann", List.of(new double[] {-60, 10}),
            "ben", List.of(new double[] {30 * 60, 10}),
            "cat", List.of(new double[] {39 * 24 * 60 - 30, 10}),
            "dan", List.of(new double[] {0, 7.5}),
            "eve", List.of(new double[] {1.0 / 60, 5}),
            "fay", List.of(new double[] {-120, 6}, new double[] {60, 10}),
            "gus", List.of(new double[] {-120, 9}, new double[] {3 * 24 * 60 - 1, 10}));

    private WebFixture server;
    private WebFixture.Client instructor;
    private final Map<String, List<Long>> ids = new HashMap<>();

    @BeforeAll
    void seed() throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
        StringBuilder roster = new StringBuilder();
        ATTEMPTS.keySet().forEach(s -> roster.append(s).append(',').append(s).append(",password-of-").append(s)
                .append('\n'));
        assertEquals(201, instructor.postRaw("/api/instructor/roster", roster.toString(), "text/csv").status());
        long seed = 1;
        try (GradedSeed graded = new GradedSeed(server.databaseUrl)) {
            for (Map.Entry<String, List<double[]>> student : ATTEMPTS.entrySet()) {
                for (double[] attempt : student.getValue()) {
                    OffsetDateTime at = DEADLINE.plus(Duration.ofSeconds(Math.round(attempt[0] * 60)));
                    long id = graded.graded(student.getKey(), SOFTMAX, WebFixture.sample("correct.jsh"), at,
                            attempt[1], seed++);
                    ids.computeIfAbsent(student.getKey(), s -> new ArrayList<>()).add(id);
                }
            }
        }
        saveSettings("penalty");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0}: raw {1}, {2} started days late, −{3}%: counts {4}")
    @CsvSource({
        "ann, 10,  0,   0, 10",    // an hour early
        "ben, 10,  2,  20, 8",     // 30 hours late: two started days
        "cat, 10, 39, 100, 0",     // 39 days late: the penalty stops at 100 %
        "dan, 7.5, 0,   0, 7.5",   // exactly at the deadline is on time
        "eve, 5,   1,  10, 4.5",   // one second late is one day
        "fay, 10,  1,  10, 9",     // 6 on time, 10 an hour late: 9 after the penalty is the best
        "gus, 9,   0,   0, 9",     // 9 on time beats 10 three days late (7)
    })
    void theHomeAndTheExerciseListShowTheScoreThatCountsWithTheRawScoreAndTheDaysLate(String student,
            double raw, long daysLate, double penalty, double counts) throws Exception {
        WebFixture.Client c = signIn(student);
        JsonNode listed = exercise(c.get("/api/exercises").json());
        assertCounted(listed.get("counting"), raw, daysLate, penalty, counts);
        JsonNode section = c.get("/api/sections/3").json();
        assertCounted(section.get("exercises").get(0).get("counting"), raw, daysLate, penalty, counts);
        assertEquals(counts, section.get("earned").asDouble(), SCORE_TOLERANCE, "the section adds what counts");
        JsonNode home = sectionOnHome(c.get("/api/sections").json());
        assertEquals(counts, home.get("earned").asDouble(), SCORE_TOLERANCE, "the home card adds what counts");

        JsonNode mine = c.get("/api/exercises/" + SOFTMAX + "/submissions").json();
        assertCounted(mine.get("counting"), raw, daysLate, penalty, counts);
        JsonNode cell = row(instructor.get("/api/instructor/gradebook").json(), student).get("cells").get(SOFTMAX);
        assertEquals(cell.get("score").asDouble(), counts, SCORE_TOLERANCE, "the gradebook counts the same");
        assertEquals(cell.get("countingId").asLong(), countingAttempt(mine).get("id").asLong(),
                "the attempt marked as counting is the gradebook's");
    }

    @ParameterizedTest(name = "{0}''s attempt {1}: raw {2}, {3} days late: counts {4}")
    @CsvSource({
        "fay, 0, 6,  0, 6",
        "fay, 1, 10, 1, 9",
        "gus, 0, 9,  0, 9",
        "gus, 1, 10, 3, 7",   // one minute short of three days: three started days
    })
    void eachAttemptAndEachResultCarriesItsOwnScoreUnderTheLateRule(String student, int attempt, double raw,
            long daysLate, double counts) throws Exception {
        WebFixture.Client c = signIn(student);
        long id = ids.get(student).get(attempt);
        JsonNode listed = null;
        for (JsonNode a : c.get("/api/exercises/" + SOFTMAX + "/submissions").json().get("attempts")) {
            if (a.get("id").asLong() == id) listed = a;
        }
        assertCounted(listed.get("counted"), raw, daysLate, 10.0 * daysLate, counts);
        assertEquals(daysLate > 0, listed.get("late").asBoolean());
        assertCounted(c.get("/api/submissions/" + id).json().get("counted"), raw, daysLate, 10.0 * daysLate, counts);
    }

    @Test
    void underNoCreditALateAttemptCountsNothingWhereverTheStudentLooks() throws Exception {
        try {
            saveSettings("no-credit");
            WebFixture.Client ben = signIn("ben");
            assertCounted(exercise(ben.get("/api/exercises").json()).get("counting"), 10, 2, 100, 0);
            assertCounted(ben.get("/api/submissions/" + ids.get("ben").get(0)).json().get("counted"), 10, 2, 100, 0);
            WebFixture.Client fay = signIn("fay");
            assertCounted(exercise(fay.get("/api/exercises").json()).get("counting"), 6, 0, 0, 6);
        } finally {
            saveSettings("penalty");
        }
    }

    @Test
    void beforeAnyGradeNothingCounts() throws Exception {
        WebFixture.Client alice = server.signedIn("alice");
        assertTrue(exercise(alice.get("/api/exercises").json()).get("counting").isNull());
        assertTrue(alice.get("/api/exercises/" + SOFTMAX + "/submissions").json().get("counting").isNull());
        assertEquals(0, sectionOnHome(alice.get("/api/sections").json()).get("earned").asDouble(), SCORE_TOLERANCE);
    }

    private static void assertCounted(JsonNode counted, double raw, long daysLate, double penalty, double counts) {
        assertEquals(raw, counted.get("rawScore").asDouble(), SCORE_TOLERANCE, "raw: " + counted);
        assertEquals(daysLate, counted.get("daysLate").asLong(), "days late: " + counted);
        assertEquals(penalty, counted.get("penaltyPercent").asDouble(), SCORE_TOLERANCE, "penalty: " + counted);
        assertEquals(counts, counted.get("score").asDouble(), SCORE_TOLERANCE, "counts: " + counted);
    }

    private WebFixture.Client signIn(String student) throws Exception {
        WebFixture.Client c = server.client();
        assertEquals(200, c.login(student, "password-of-" + student).status());
        return c;
    }

    private static JsonNode exercise(JsonNode list) {
        for (JsonNode x : list) if (x.get("id").asText().equals(SOFTMAX)) return x;
        throw new AssertionError("no " + SOFTMAX + " in " + list);
    }

    private static JsonNode sectionOnHome(JsonNode sections) {
        for (JsonNode s : sections) if (s.get("section").asText().equals("3")) return s;
        throw new AssertionError("no section 3 in " + sections);
    }

    private static JsonNode countingAttempt(JsonNode mine) {
        for (JsonNode a : mine.get("attempts")) if (a.get("counts").asBoolean()) return a;
        throw new AssertionError("no attempt counts in " + mine);
    }

    private static JsonNode row(JsonNode book, String username) {
        for (JsonNode r : book.get("rows")) if (r.get("username").asText().equals(username)) return r;
        throw new AssertionError("no row " + username);
    }

    private void saveSettings(String latePolicy) throws Exception {
        Map<String, Object> body = Map.of("gradingPolicy", "best", "latePolicy", latePolicy,
                "penaltyPercentPerDay", 10, "deadlines", Map.of(SOFTMAX, DEADLINE.toString()));
        WebFixture.Response r = instructor.put("/api/instructor/settings", body);
        assertEquals(200, r.status(), r.toString());
    }
}

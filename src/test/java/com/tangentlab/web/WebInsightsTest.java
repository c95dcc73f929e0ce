package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.TestExercises;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The instructor's analytics, submission browser, similarity and regrade routes, and the
 * section view events, on a real server: alice submits a wrong then a right solution, bob the
 * same right solution; alice read section 3 first.
 */
class WebInsightsTest {
    /** Scores are stored to two decimals; JSON carries them exactly. */
    private static final double EXACT = 1e-9;

    @TempDir
    static Path exercises;

    private static WebFixture server;
    private static long aliceWrong;
    private static long aliceRight;
    private static long bobRight;

    @BeforeAll
    static void start() throws Exception {
        // A busy machine must not time a correct submission out: these tests count outcomes.
        server = WebFixture.startWithExercises(WebFixture.freshDatabaseUrl(),
                TestExercises.copyWithRoomyTimeLimit(exercises));
        Client alice = server.signedIn("alice");
        Client bob = server.signedIn("bob");
        assertEquals(201, alice.post("/api/sections/3/views", Map.of()).status());
        aliceWrong = graded(alice, WebFixture.sample("diagonal-only.jsh"));
        aliceRight = graded(alice, WebFixture.sample("correct.jsh"));
        bobRight = graded(bob, WebFixture.sample("correct.jsh"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long graded(Client c, String code) throws Exception {
        Response accepted = c.post("/api/exercises/softmax-jacobian/submissions", Client.code(code));
        long id = accepted.json().get("id").asLong();
        c.awaitGraded(id);
        return id;
    }

    static Stream<Arguments> instructorRoutes() {
        return Stream.of(
                Arguments.of("GET", "/api/instructor/analytics"),
                Arguments.of("GET", "/api/instructor/analytics/softmax-jacobian"),
                Arguments.of("GET", "/api/instructor/submissions"),
                Arguments.of("GET", "/api/instructor/submissions/1"),
                Arguments.of("GET", "/api/instructor/diff?from=1&to=2"),
                Arguments.of("GET", "/api/instructor/similarity/softmax-jacobian"),
                Arguments.of("GET", "/api/instructor/similarity/pair?a=1&b=2"),
                Arguments.of("POST", "/api/instructor/regrades"),
                Arguments.of("GET", "/api/instructor/regrades/1"),
                Arguments.of("POST", "/api/instructor/regrades/1/apply"),
                Arguments.of("POST", "/api/instructor/regrades/1/abandon"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("instructorRoutes")
    void studentsAreRefusedAndAnonymousUsersAskedToSignIn(String method, String path) throws Exception {
        assertEquals(401, send(server.client(), method, path).status());
        assertEquals(403, send(server.signedIn("bob"), method, path).status());
    }

    private static Response send(Client c, String method, String path) throws Exception {
        return method.equals("GET") ? c.get(path) : c.post(path, Map.of());
    }

    @Test
    void aSectionViewIsRecordedOnlyForAKnownSectionWithTheCsrfToken() throws Exception {
        Client bob = server.signedIn("bob");
        assertEquals(404, bob.post("/api/sections/99/views", Map.of()).status());
        assertEquals(401, server.client().post("/api/sections/3/views", Map.of()).status());
        bob.csrf = null;
        assertEquals(403, bob.post("/api/sections/3/views", Map.of()).status());
    }

    @Test
    void analyticsSummariseTheClass() throws Exception {
        Client instructor = server.signedIn("instructor");
        JsonNode list = instructor.get("/api/instructor/analytics").json().get("exercises");
        JsonNode softmax = find(list, "id", "softmax-jacobian");
        assertEquals(2, softmax.get("students").asInt());
        assertEquals(3, softmax.get("submissions").asInt());
        assertEquals(10.0, softmax.get("meanBest").asDouble(), EXACT);
        assertEquals(1.0, softmax.get("solvedShare").asDouble(), EXACT);
        assertEquals(1.5, softmax.get("attemptsToSolveMean").asDouble(), EXACT, "alice on her 2nd, bob on his 1st");

        JsonNode report = instructor.get("/api/instructor/analytics/softmax-jacobian").json();
        assertEquals(2, report.get("histogram").get(9).get("students").asInt());
        JsonNode rowsSumToZero = find(report.get("tests"), "name", "rows-sum-to-zero");
        assertEquals(2.0 / 3, rowsSumToZero.get("passRate").asDouble(), EXACT, "only the diagonal-only attempt fails");
        assertEquals("missing-outer-product", report.get("hints").get(0).get("misconception").asText());
        JsonNode theory = report.get("theory");
        assertEquals(1, theory.get("readFirst").get("students").asInt());
        assertEquals(1, theory.get("didNotReadFirst").get("students").asInt());
        assertEquals(404, instructor.get("/api/instructor/analytics/no-such-exercise").status());
    }

    @Test
    void submissionsAreFilteredAndOpenedInFull() throws Exception {
        Client instructor = server.signedIn("instructor");
        JsonNode alice = instructor.get("/api/instructor/submissions?student=alice&exercise=softmax-jacobian").json();
        assertEquals(2, alice.get("total").asInt());
        assertEquals(List.of(aliceRight, aliceWrong), ids(alice.get("submissions")));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertEquals(3, instructor.get("/api/instructor/submissions?status=graded&from=" + today + "&to=" + today)
                .json().get("total").asInt());
        assertEquals(0, instructor.get("/api/instructor/submissions?to=2000-01-01").json().get("total").asInt());
        assertEquals(0, instructor.get("/api/instructor/submissions?status=timeout").json().get("total").asInt());

        JsonNode one = instructor.get("/api/instructor/submissions/" + aliceWrong).json();
        assertEquals("alice", one.get("student").asText());
        assertTrue(one.get("code").asText().contains("softmaxJacobian"));
        assertEquals(0.59, one.get("grade").get("score").asDouble(), EXACT);
        assertTrue(one.get("grade").get("tests").size() > 3);

        assertEquals(400, instructor.get("/api/instructor/submissions?status=excellent").status());
        assertEquals(400, instructor.get("/api/instructor/submissions?from=yesterday").status());
        assertEquals(400, instructor.get("/api/instructor/submissions?from=2025-02-02&to=2025-02-01").status());
        assertEquals(400, instructor.get("/api/instructor/submissions?limit=0").status());
        assertEquals(404, instructor.get("/api/instructor/submissions?exercise=no-such-exercise").status());
        assertEquals(404, instructor.get("/api/instructor/submissions/999999").status());
        assertEquals(400, instructor.get("/api/instructor/submissions/abc").status());
    }

    @Test
    void twoAttemptsOfOneStudentAreDiffedLineByLine() throws Exception {
        Client instructor = server.signedIn("instructor");
        JsonNode diff = instructor.get("/api/instructor/diff?from=" + aliceWrong + "&to=" + aliceRight).json();
        assertEquals(aliceWrong, diff.get("from").get("id").asLong());
        long added = StreamSupport.stream(diff.get("lines").spliterator(), false)
                .filter(l -> l.get("op").asText().equals("added")).count();
        assertEquals(added, diff.get("added").asInt());
        assertTrue(added > 0);
        assertTrue(StreamSupport.stream(diff.get("lines").spliterator(), false)
                .anyMatch(l -> l.get("op").asText().equals("removed")
                        && l.get("text").asText().contains("Forgets the -p p^T term")));

        assertEquals(400, instructor.get("/api/instructor/diff?from=" + aliceRight + "&to=" + bobRight).status());
        assertEquals(400, instructor.get("/api/instructor/diff?from=" + aliceRight).status());
        assertEquals(404, instructor.get("/api/instructor/diff?from=" + aliceRight + "&to=999999").status());
    }

    @Test
    void identicalLatestSubmissionsAreReportedAsNearDuplicates() throws Exception {
        Client instructor = server.signedIn("instructor");
        JsonNode report = instructor.get("/api/instructor/similarity/softmax-jacobian").json();
        assertEquals(0.8, report.get("threshold").asDouble(), EXACT);
        assertEquals(2, report.get("submissions").asInt());
        JsonNode pair = report.get("pairs").get(0);
        assertEquals(1.0, pair.get("similarity").asDouble(), EXACT);
        assertEquals(List.of(aliceRight, bobRight), List.of(pair.get("a").get("id").asLong(),
                pair.get("b").get("id").asLong()));

        JsonNode side = instructor.get("/api/instructor/similarity/pair?a=" + aliceRight + "&b=" + aliceWrong).json();
        assertTrue(side.get("similarity").asDouble() < 0.8, side.toString());
        assertTrue(side.get("a").get("code").asText().contains("softmaxJacobian"));
        JsonNode same = instructor.get("/api/instructor/similarity/pair?a=" + aliceRight + "&b=" + bobRight).json();
        assertTrue(same.get("regions").size() >= 1);
        assertEquals(1, same.get("regions").get(0).get("aFromLine").asInt());

        assertEquals(400, instructor.get("/api/instructor/similarity/softmax-jacobian?threshold=2").status());
        assertEquals(400, instructor.get("/api/instructor/similarity/softmax-jacobian?threshold=high").status());
        assertEquals(404, instructor.get("/api/instructor/similarity/no-such-exercise").status());
        assertEquals(400, instructor.get("/api/instructor/similarity/pair?a=" + aliceRight).status());
        assertEquals(404, instructor.get("/api/instructor/similarity/pair?a=" + aliceRight + "&b=999999").status());
    }

    @Test
    void badRegradeRequestsAreRefused() throws Exception {
        Client instructor = server.signedIn("instructor");
        assertEquals(404, instructor.post("/api/instructor/regrades", Map.of("exercise", "no-such-exercise")).status());
        assertEquals(400, instructor.postRaw("/api/instructor/regrades", "{not json", "application/json").status());
        assertEquals(404, instructor.get("/api/instructor/regrades/999999").status());
        assertEquals(400, instructor.get("/api/instructor/regrades/abc").status());
        assertEquals(404, instructor.post("/api/instructor/regrades/999999/apply", Map.of()).status());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " in " + array));
    }

    private static List<Long> ids(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("id").asLong()).toList();
    }
}

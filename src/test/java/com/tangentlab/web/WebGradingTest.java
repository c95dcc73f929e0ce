package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Submitting, polling, running examples and reading attempts, against the real judge and sandbox. */
class WebGradingTest {
    private static WebFixture server;

    @BeforeAll
    static void start() {
        server = WebFixture.start(web -> web);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long submit(Client c, String code) throws Exception {
        Response accepted = c.post("/api/exercises/softmax-jacobian/submissions", Client.code(code));
        assertEquals(202, accepted.status(), accepted.toString());
        assertEquals("/api/submissions/" + accepted.json().get("id").asLong(), accepted.header("Location"));
        return accepted.json().get("id").asLong();
    }

    @Test
    void aWrongThenARightSolutionGetTheirScoresAndHints() throws Exception {
        Client alice = server.signedIn("alice");
        JsonNode wrong = alice.awaitGraded(submit(alice, WebFixture.sample("diagonal-only.jsh"))).json();
        JsonNode wrongGrade = wrong.get("grade");
        assertEquals("graded", wrongGrade.get("status").asText(), wrong.toString());
        assertEquals(0.59, wrongGrade.get("score").asDouble(), 1e-9);
        assertEquals(10.0, wrongGrade.get("maxScore").asDouble(), 1e-9);
        assertTrue(StreamSupport.stream(wrongGrade.get("tests").spliterator(), false)
                .anyMatch(t -> !t.get("passed").asBoolean() && !t.get("hint").isNull()), wrong.toString());
        assertTrue(wrongGrade.get("message").asText().length() > 0);
        assertTrue(wrongGrade.get("output").isNull(), "graded submissions show no printed output");

        JsonNode right = alice.awaitGraded(submit(alice, WebFixture.sample("correct.jsh"))).json().get("grade");
        assertEquals(10.0, right.get("score").asDouble(), 1e-9);
        assertTrue(StreamSupport.stream(right.get("tests").spliterator(), false)
                .allMatch(t -> t.get("passed").asBoolean()));

        JsonNode attempts = alice.get("/api/exercises/softmax-jacobian/submissions").json();
        assertEquals(10.0, attempts.get("bestScore").asDouble(), 1e-9);
        assertTrue(attempts.get("attempts").size() >= 2);
        assertTrue(attempts.get("attempts").get(0).get("code").asText().contains("softmaxJacobian"));

        JsonNode section = StreamSupport.stream(alice.get("/api/sections").json().spliterator(), false)
                .filter(s -> StreamSupport.stream(s.get("exercises").spliterator(), false)
                        .anyMatch(e -> e.get("id").asText().equals("softmax-jacobian")))
                .findFirst().orElseThrow();
        assertTrue(section.get("earned").asDouble() >= 10.0);
    }

    @Test
    void aCompileErrorGivesADiagnosticWithItsLine() throws Exception {
        Client bob = server.signedIn("bob");
        String code = "double[][] softmaxJacobian(double[] z) {\n    return undefinedName;\n}\n";
        JsonNode grade = bob.awaitGraded(submit(bob, code)).json().get("grade");
        assertEquals("compile_error", grade.get("status").asText());
        assertEquals(0.0, grade.get("score").asDouble());
        JsonNode diagnostic = grade.get("diagnostics").get(0);
        assertEquals(2, diagnostic.get("line").asInt(), grade.toString());
    }

    /**
     * javac once overflowed its stack on such code: the submission stayed "running" and was queued
     * again at every start. Now one is refused before compiling, the other ends when javac gives up.
     */
    @ParameterizedTest(name = "{0} -> compile_error, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            compile-nested-parentheses | nested too deeply
            compile-long-chain         | the compiler ran out of stack
            """)
    void codeTooDeepForTheCompilerEndsAsACompileErrorAndIsDone(String fixture, String message) throws Exception {
        Client bob = server.signedIn("bob");
        String code = Files.readString(Path.of("src/test/resources/hostile", fixture + ".jsh"));
        JsonNode done = bob.awaitGraded(submit(bob, code)).json();
        JsonNode grade = done.get("grade");
        assertEquals("compile_error", grade.get("status").asText(), done.toString());
        assertTrue(grade.get("message").asText().contains(message), grade.toString());
        assertTrue(done.get("failure").isNull(), done.toString());
    }

    @Test
    void runningTheExamplesShowsDetailsAndPrintedOutputAndStoresNothing() throws Exception {
        Client bob = server.signedIn("bob");
        int before = bob.get("/api/exercises/softmax-jacobian/submissions").json().get("attempts").size();
        String code = WebFixture.sample("correct.jsh").replace("double[] p = softmax(z);",
                "double[] p = softmax(z);\n    System.out.println(\"size \" + z.length);");
        Response r = bob.post("/api/exercises/softmax-jacobian/run", Client.code(code));
        assertEquals(200, r.status(), r.toString());
        JsonNode run = r.json();
        assertEquals("graded", run.get("status").asText());
        assertTrue(run.get("output").asText().contains("size 4"), run.toString());
        JsonNode example = run.get("tests").get(0);
        assertEquals("example", example.get("kind").asText());
        assertTrue(example.get("passed").asBoolean());
        assertTrue(!example.get("detail").isNull() && example.get("detail").asText().length() > 0, run.toString());
        assertTrue(StreamSupport.stream(run.get("tests").spliterator(), false)
                .allMatch(t -> t.get("kind").asText().equals("example")), "only the visible examples run");
        assertEquals(before, bob.get("/api/exercises/softmax-jacobian/submissions").json().get("attempts").size());
    }

    @Test
    void aStudentCannotReadAnothersSubmission() throws Exception {
        Client alice = server.signedIn("alice");
        long id = submit(alice, WebFixture.sample("correct.jsh"));
        Response other = server.signedIn("bob").get("/api/submissions/" + id);
        assertEquals(404, other.status());
        assertTrue(!other.raw().body().contains("softmaxJacobian"));
        assertEquals(200, alice.get("/api/submissions/" + id).status());
        JsonNode attempts = server.signedIn("bob").get("/api/exercises/softmax-jacobian/submissions").json();
        assertTrue(StreamSupport.stream(attempts.get("attempts").spliterator(), false)
                .noneMatch(a -> a.get("id").asLong() == id));
        alice.awaitGraded(id);
    }

    @Test
    void anUnknownExerciseCannotBeSubmittedTo() throws Exception {
        Response r = server.signedIn("alice").post("/api/exercises/nope/submissions", Client.code("int x;"));
        assertEquals(404, r.status());
        assertNull(r.header("Location"));
    }
}

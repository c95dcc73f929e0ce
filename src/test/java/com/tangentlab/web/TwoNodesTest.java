package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.store.PostgresServer;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two web nodes, each on its own port, on one PostgreSQL database behave as one site: a session made on
 * one serves the other, a submission accepted by one is graded and seen on the other, failed sign-ins sent
 * to both add up, and a regrade started on one is seen, exclusive and applied on the other.
 */
class TwoNodesTest {
    /** Per account and address: the limit that the two nodes' failures must reach together. */
    private static final int SIGN_IN_FAILURES_ALLOWED = 10;
    private static final String LOOPS_FOREVER = "double[][] softmaxJacobian(double[] z) {\n  while (true) { }\n}\n";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static String database;
    private static WebFixture first;
    private static WebFixture second;

    @BeforeAll
    static void startTwoNodes() {
        database = PostgresServer.createDatabase();
        first = WebFixture.start(database, web -> web);
        second = WebFixture.start(database, web -> web);
    }

    @AfterAll
    static void stopThem() {
        if (second != null) second.close();
        if (first != null) first.close();
        if (database != null) PostgresServer.dropDatabase(database);
    }

    @Test
    void twoNodesOnOneDatabaseAreOneSite() throws Exception {
        assertEquals(3, first.platform.demoAccountsCreated().size(), "the first node made the demo accounts");
        assertTrue(second.platform.demoAccountsCreated().isEmpty(), "the second found them made");

        Client aliceOnFirst = first.signedIn("alice");
        Client aliceOnSecond = aliceOnFirst.to(second);
        long right = submit(aliceOnSecond, WebFixture.sample("correct.jsh"));
        JsonNode graded = aliceOnFirst.awaitGraded(right).json();
        assertEquals(10.0, graded.get("grade").get("score").asDouble(), "graded by the second, seen on the first");
        long loops = submit(aliceOnSecond, LOOPS_FOREVER);
        assertEquals("timeout", aliceOnFirst.awaitGraded(loops).json().get("grade").get("status").asText());

        regradeStartedOnOneIsSeenExclusiveAndAppliedOnTheOther();
        failedSignInsOnBothNodesAddUp();
    }

    private static long submit(Client c, String code) throws Exception {
        Response r = c.post("/api/exercises/softmax-jacobian/submissions", Client.code(code));
        assertEquals(202, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    /** The replay of the endless loop takes the exercise's whole time limit: the run is running meanwhile. */
    private static void regradeStartedOnOneIsSeenExclusiveAndAppliedOnTheOther() throws Exception {
        Client onFirst = first.signedIn("instructor");
        Client onSecond = onFirst.to(second);
        Response started = onFirst.post("/api/instructor/regrades", Map.of("exercise", "softmax-jacobian"));
        assertEquals(202, started.status(), started.toString());
        long id = started.json().get("id").asLong();

        Response seen = onSecond.get("/api/instructor/regrades/" + id);
        assertEquals(200, seen.status(), seen.toString());
        assertEquals("running", seen.json().get("state").asText());
        assertEquals(2, seen.json().get("total").asInt());
        Response refused = onSecond.post("/api/instructor/regrades", Map.of("exercise", "softmax-jacobian"));
        assertEquals(409, refused.status(), "one regrade at a time across the nodes: " + refused);

        JsonNode finished = awaitFinished(onSecond, id);
        assertEquals(2, finished.get("rows").size());
        Response applied = onSecond.post("/api/instructor/regrades/" + id + "/apply", Map.of());
        assertEquals(200, applied.status(), applied.toString());
        assertEquals("applied", onFirst.get("/api/instructor/regrades/" + id).json().get("state").asText());
        assertEquals(409, onFirst.post("/api/instructor/regrades/" + id + "/apply", Map.of()).status(),
                "applied once, whichever node is asked");
    }

    private static JsonNode awaitFinished(Client c, long id) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = c.get("/api/instructor/regrades/" + id).json();
            if (!run.get("state").asText().equals("running")) {
                assertEquals("finished", run.get("state").asText(), run.toString());
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("regrade " + id + " did not finish within " + PATIENCE);
    }

    /** Wrong passwords for bob, alternating between the nodes: the eleventh is refused on both. */
    private static void failedSignInsOnBothNodesAddUp() throws Exception {
        Client onFirst = first.client();
        Client onSecond = second.client();
        for (int i = 0; i < SIGN_IN_FAILURES_ALLOWED; i++) {
            Client c = i % 2 == 0 ? onFirst : onSecond;
            assertEquals(401, c.login("bob", "wrong-" + i).status(), "failure " + (i + 1));
        }
        for (Client c : new Client[] {onFirst, onSecond}) {
            Response refused = c.login("bob", "wrong-again");
            assertEquals(429, refused.status(), refused.toString());
            assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        }
    }
}

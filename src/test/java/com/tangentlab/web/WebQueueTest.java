package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import com.tangentlab.demo.DemoClass;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded queue, the rate limit, and submissions that outlive a stop of the server. */
class WebQueueTest {
    /** Accounts (each password hashed) and four hundred stored submissions; seconds, even on a busy machine. */
    private static final Duration DEMO_CREATION = Duration.ofSeconds(120);
    private static final String SLOW = "double[][] softmaxJacobian(double[] z) {\n    while (true) { }\n}\n";

    @Test
    void aFullQueueAnswers429WithRetryAfterAndStoresNothing() throws Exception {
        try (WebFixture server = WebFixture.start(web -> web.withQueueCapacity(1))) {
            Client alice = server.signedIn("alice");
            Response slow = alice.post("/api/exercises/softmax-jacobian/submissions", Client.code(SLOW));
            assertEquals(202, slow.status(), slow.toString());
            Response refused = alice.post("/api/exercises/softmax-jacobian/submissions",
                    Client.code(WebFixture.sample("correct.jsh")));
            assertEquals(429, refused.status(), refused.toString());
            assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
            assertTrue(refused.json().get("error").asText().matches("busy, retry in \\d+ s.*"), refused.toString());
            assertEquals(1, alice.get("/api/exercises/softmax-jacobian/submissions").json().get("attempts").size());

            assertEquals("timeout", alice.awaitGraded(slow.json().get("id").asLong()).json().get("grade")
                    .get("status").asText());
            assertEquals(202, alice.post("/api/exercises/softmax-jacobian/submissions",
                    Client.code(WebFixture.sample("correct.jsh"))).status(), "room again once graded");
        }
    }

    @Test
    void theRateLimitAnswers429PerUser() throws Exception {
        try (WebFixture server = WebFixture.start(web -> web.withSubmissionsPerMinute(1))) {
            Client alice = server.signedIn("alice");
            String code = WebFixture.sample("correct.jsh");
            Response first = alice.post("/api/exercises/softmax-jacobian/submissions", Client.code(code));
            assertEquals(202, first.status());
            Response second = alice.post("/api/exercises/softmax-jacobian/submissions", Client.code(code));
            assertEquals(429, second.status());
            long retry = Long.parseLong(second.header("Retry-After"));
            assertTrue(retry > 0 && retry <= 61, "Retry-After " + retry);
            assertEquals(202, server.signedIn("bob").post("/api/exercises/softmax-jacobian/submissions",
                    Client.code(code)).status(), "another user has their own allowance");
            alice.awaitGraded(first.json().get("id").asLong());
        }
    }

    /**
     * The demo class queues some four hundred submissions at the first start; a student who
     * submits meanwhile is graded next, not after them.
     */
    @Test
    void aStudentIsGradedAheadOfTheDemoClassQueuedBefore(@TempDir Path data) throws Exception {
        String url = WebFixture.freshDatabaseUrl();
        try (WebFixture server = WebFixture.startWithDataDir(url, data)) {
            CompletableFuture<DemoClass.Created> created = new CompletableFuture<>();
            assertTrue(server.platform.seedDemoClassIfNoClass(created::complete, done -> { }));
            int demo = created.get(DEMO_CREATION.toSeconds(), TimeUnit.SECONDS).web().size();
            Client alice = server.signedIn("alice");
            long id = alice.post("/api/exercises/softmax-jacobian/submissions",
                    Client.code(WebFixture.sample("correct.jsh"))).json().get("id").asLong();
            alice.awaitGraded(id);
            int waiting = ungradedWeb(url);
            assertTrue(waiting > demo / 2, "only " + waiting + " of the demo's " + demo
                    + " submissions were still waiting when the student's was graded");
        }
    }

    /**
     * A regrade holds back for students, not for the demo class: started while hundreds of demo
     * submissions wait, it replays its one submission and finishes long before they are graded.
     */
    @Test
    void aRegradeIsNotHeldUpByTheDemoClass(@TempDir Path data) throws Exception {
        String url = WebFixture.freshDatabaseUrl();
        try (WebFixture server = WebFixture.startWithDataDir(url, data)) {
            Client alice = server.signedIn("alice");
            alice.awaitGraded(alice.post("/api/exercises/softmax-jacobian/submissions",
                    Client.code(WebFixture.sample("correct.jsh"))).json().get("id").asLong());
            CompletableFuture<DemoClass.Created> created = new CompletableFuture<>();
            assertTrue(server.platform.seedDemoClassIfNoClass(created::complete, done -> { }));
            int demo = created.get(DEMO_CREATION.toSeconds(), TimeUnit.SECONDS).web().size();

            Client instructor = server.signedIn("instructor");
            Response started = instructor.post("/api/instructor/regrades", Map.of("exercise", "softmax-jacobian"));
            assertEquals(202, started.status(), started.toString());
            JsonNode run = awaitRegrade(instructor, started.json().get("id").asLong());

            assertEquals("finished", run.get("state").asText(), run.toString());
            int waiting = ungradedWeb(url);
            assertTrue(waiting > demo / 2, "the regrade finished only when " + waiting + " of the demo's " + demo
                    + " submissions were left: it waited for background work");
        }
    }

    private static JsonNode awaitRegrade(Client instructor, long id) throws Exception {
        long deadline = System.nanoTime() + DEMO_CREATION.toNanos();
        JsonNode run = instructor.get("/api/instructor/regrades/" + id).json();
        while (run.get("state").asText().equals("running") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = instructor.get("/api/instructor/regrades/" + id).json();
        }
        return run;
    }

    private static int ungradedWeb(String url) throws SQLException {
        try (Database db = Database.open(url); Connection c = db.dataSource().getConnection();
                PreparedStatement count = c.prepareStatement(
                        "SELECT COUNT(*) FROM submissions WHERE source = 'web' AND status IS NULL");
                ResultSet r = count.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void submissionsStoredButNotGradedAreGradedAfterARestart() throws Exception {
        String url = WebFixture.freshDatabaseUrl();
        WebFixture first = WebFixture.start(url, web -> web);
        String alicePassword = first.password("alice");
        long interruptedId;
        // A submission accepted just before the server stopped: stored, never graded.
        try (Database db = Database.open(url)) {
            StoredSubmission s = new SubmissionStore(db.dataSource(), Clock.systemUTC()).add(new NewSubmission(
                    "alice", "softmax-jacobian", WebFixture.sample("correct.jsh"), 7, SubmissionSource.WEB, null));
            interruptedId = s.id();
        }
        first.close();
        try (WebFixture second = WebFixture.start(url, web -> web)) {
            assertEquals(1, second.platform.resumed());
            Client alice = second.client();
            assertEquals(200, alice.login("alice", alicePassword).status(), "accounts survive the restart");
            Response graded = alice.awaitGraded(interruptedId);
            assertEquals(10.0, graded.json().get("grade").get("score").asDouble(), 1e-9);
        }
    }

    @Test
    void submissionsWaitingWhenTheServerStopsAreGradedAtTheNextStart() throws Exception {
        String url = WebFixture.freshDatabaseUrl();
        WebFixture first = WebFixture.start(url, web -> web);
        String alicePassword = first.password("alice");
        Client before = first.signedIn("alice");
        // Two slow submissions hold both workers, so the third is still waiting when the server stops.
        for (int i = 0; i < 2; i++) {
            assertEquals(202, before.post("/api/exercises/softmax-jacobian/submissions", Client.code(SLOW)).status());
        }
        Response waiting = before.post("/api/exercises/softmax-jacobian/submissions",
                Client.code(WebFixture.sample("correct.jsh")));
        assertEquals(202, waiting.status());
        assertEquals("queued", before.get("/api/submissions/" + waiting.json().get("id").asLong()).json()
                .get("progress").asText());
        first.close();
        try (WebFixture second = WebFixture.start(url, web -> web)) {
            assertTrue(second.platform.resumed() >= 1, "resumed " + second.platform.resumed());
            Client alice = second.client();
            alice.login("alice", alicePassword);
            Response graded = alice.awaitGraded(waiting.json().get("id").asLong());
            assertEquals(10.0, graded.json().get("grade").get("score").asDouble(), 1e-9);
            JsonNode attempts = alice.get("/api/exercises/softmax-jacobian/submissions").json().get("attempts");
            assertEquals(3, attempts.size(), "nothing accepted is lost");
        }
    }
}

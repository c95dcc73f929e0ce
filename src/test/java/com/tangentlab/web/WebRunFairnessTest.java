package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.config.Settings;
import com.tangentlab.submit.ExampleRunner;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** "Run examples" is fair per user, like submissions: one student's endless loops never hold every runner. */
class WebRunFairnessTest {
    private static final String RUN = "/api/exercises/softmax-jacobian/run";
    private static final String ENDLESS = "double[][] softmaxJacobian(double[] z) {\n    while (true) { }\n}\n";
    private static final int PARALLEL_RUNS = 10;

    @Test
    void tenParallelEndlessLoopsOfOneStudentTakeOneRunnerAndAnotherStudentStillRuns() throws Exception {
        ExecutorService parallel = Executors.newFixedThreadPool(PARALLEL_RUNS);
        assertTrue(Settings.from(System.getenv()).web().gradingWorkers() > ExampleRunner.RUNS_PER_USER,
                "the runners (TANGENTLAB_GRADING_WORKERS) must outnumber one user's runs for this test");
        try (WebFixture server = WebFixture.start(web -> web)) {
            Client alice = server.signedIn("alice");
            List<CompletableFuture<Response>> loops = new ArrayList<>();
            for (int i = 0; i < PARALLEL_RUNS; i++) {
                loops.add(CompletableFuture.supplyAsync(() -> post(alice, ENDLESS), parallel));
            }
            awaitRefused(loops, PARALLEL_RUNS - ExampleRunner.RUNS_PER_USER);

            Response bob = server.signedIn("bob").post(RUN, Client.code(WebFixture.sample("correct.jsh")));
            assertEquals(200, bob.status(), "bob is turned away while alice loops: " + bob);
            // The judge's outcome, not a refusal: on a loaded machine even the right code may hit the 3 s limit.
            assertTrue(Set.of("graded", "timeout").contains(bob.json().get("status").asText()), bob.toString());

            List<Response> answers = new ArrayList<>();
            for (CompletableFuture<Response> loop : loops) answers.add(loop.get(60, TimeUnit.SECONDS));
            List<Response> ran = answers.stream().filter(r -> r.status() == 200).toList();
            assertEquals(ExampleRunner.RUNS_PER_USER, ran.size(), answers.toString());
            assertEquals("timeout", ran.get(0).json().get("status").asText());
            answers.stream().filter(r -> r.status() != 200).forEach(r -> {
                assertEquals(429, r.status(), r.toString());
                assertTrue(Long.parseLong(r.header("Retry-After")) > 0);
                assertTrue(r.json().get("error").asText().contains("run in progress"), r.toString());
            });
            Response again = alice.post(RUN, Client.code(WebFixture.sample("correct.jsh")));
            assertEquals(200, again.status(), "alice runs again once her loop has ended: " + again);
        } finally {
            parallel.shutdownNow();
        }
    }

    @Test
    void runsHaveTheirOwnPerMinuteLimitPerUser() throws Exception {
        try (WebFixture server = WebFixture.start(web -> web.withSubmissionsPerMinute(1))) {
            Client alice = server.signedIn("alice");
            String code = WebFixture.sample("correct.jsh");
            assertEquals(200, alice.post(RUN, Client.code(code)).status(), "the first run of the minute");
            Response second = alice.post(RUN, Client.code(code));
            assertEquals(429, second.status(), second.toString());
            assertTrue(second.json().get("error").asText().contains("example runs per 60 s"), second.toString());
            assertEquals(202, alice.post("/api/exercises/softmax-jacobian/submissions", Client.code(code)).status(),
                    "runs are counted apart from submissions");
            assertEquals(200, server.signedIn("bob").post(RUN, Client.code(code)).status(),
                    "another user has their own allowance");
        }
    }

    /** Waits until {@code count} of the runs were refused, which happens at once, while one loop still runs. */
    private static void awaitRefused(List<CompletableFuture<Response>> loops, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (refused(loops) < count && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(count, refused(loops));
    }

    private static long refused(List<CompletableFuture<Response>> loops) {
        return loops.stream().filter(f -> f.isDone() && f.join().status() == 429).count();
    }

    private static Response post(Client client, String code) {
        try {
            return client.post(RUN, Client.code(code));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.similarity.LongSubmissions;
import com.tangentlab.similarity.NearDuplicates;
import com.tangentlab.similarity.SimilarityWorkers;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two students hand in valid 58 KB repetitive solutions of newton-step: the similarity report
 * and the pair view answer within their budgets, say the comparison was truncated, and leave no
 * similarity thread working after the answer.
 */
class WebSimilarityBudgetTest {
    private static final String NEWTON = "newton-step";
    /** A generous bound over the budget the server enforces itself; the point is an answer at all. */
    private static final Duration SLACK = Duration.ofSeconds(15);
    private static final Duration THREADS_GONE = Duration.ofSeconds(10);

    @Test
    void theReportAndThePairOfTwoLongSubmissionsAnswerWithinTheirBudgetWithATruncationNote() throws Exception {
        try (WebFixture server = WebFixture.start(web -> web)) {
            long alice = submitted(server.signedIn("alice"), LongSubmissions.newtonStep("norm"));
            long bob = submitted(server.signedIn("bob"), LongSubmissions.newtonStep("size"));
            Client instructor = server.signedIn("instructor");

            long start = System.nanoTime();
            Response report = instructor.get("/api/instructor/similarity/" + NEWTON + "?threshold=0");
            assertWithin(start, NearDuplicates.REPORT_BUDGET);
            assertEquals(200, report.status(), report.toString());
            JsonNode pair = report.json().get("pairs").get(0);
            assertEquals(1.0, pair.get("similarity").asDouble(), 1e-12);
            assertTrue(pair.get("truncated").asText().contains("only the first"), pair.toString());

            start = System.nanoTime();
            Response view = instructor.get("/api/instructor/similarity/pair?a=" + alice + "&b=" + bob);
            assertWithin(start, NearDuplicates.PAIR_BUDGET);
            assertEquals(200, view.status(), view.toString());
            assertTrue(view.json().get("truncated").asText().contains("only the first"), view.toString());
            assertTrue(view.json().get("regions").size() >= 1);

            assertNoSimilarityThreadLeft();
        }
    }

    /**
     * Submitted through the API and judged: accepted under the source limit and compiled. (Whether
     * the tests finish within newton-step's 3 s depends on the machine: a cold agent loads some
     * five hundred methods first.)
     */
    private static long submitted(Client student, String code) throws Exception {
        Response r = student.post("/api/exercises/" + NEWTON + "/submissions", Client.code(code));
        assertEquals(202, r.status(), r.toString());
        long id = r.json().get("id").asLong();
        JsonNode grade = student.awaitGraded(id).json().get("grade");
        assertTrue(Set.of("graded", "timeout").contains(grade.get("status").asText()), grade.toString());
        return id;
    }

    private static void assertWithin(long startNanos, Duration budget) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertTrue(took.compareTo(budget.plus(SLACK)) < 0, "answered after " + took + " for a budget of " + budget);
    }

    private static void assertNoSimilarityThreadLeft() throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_GONE.toNanos();
        while (similarityThreads() > 0 && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(0, similarityThreads(), "similarity threads still alive after the answers");
    }

    private static long similarityThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(SimilarityWorkers.THREAD_NAME)).count();
    }
}

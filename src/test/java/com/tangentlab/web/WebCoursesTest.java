package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two courses on one server, through the HTTP API only. Course A is the database's first (the demo
 * accounts: instructor, alice and bob as students); course B is made by the instructor, with a new
 * student dana, alice as its teaching assistant and bob as a student. bob hands in once in each
 * course, alice once in A, dana once in B. Nothing of one course shows in the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCoursesTest {
    private static final String SOFTMAX = "softmax-jacobian";
    private static final String B_DEADLINE = "2030-01-10T12:00:00Z";

    private WebFixture server;
    private WebFixture.Client instructor;
    private WebFixture.Client alice;
    private WebFixture.Client bob;
    private WebFixture.Client dana;
    private long courseA;
    private long courseB;
    private final Map<String, Long> submitted = new HashMap<>();

    @BeforeAll
    void twoCoursesWithUsersInBoth() throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
        alice = server.signedIn("alice");
        bob = server.signedIn("bob");
        courseA = instructor.get("/api/me").json().get("course").get("id").asLong();

        WebFixture.Response created = instructor.post("/api/courses", Map.of("title", "Spring 2027, section B"));
        assertEquals(201, created.status(), created.toString());
        courseB = created.json().get("id").asLong();
        choose(instructor, courseB);
        WebFixture.Response roster = instructor.postRaw("/api/instructor/roster", "dana,Dana,dana-pass-1\n",
                "text/csv");
        assertEquals(201, roster.status(), roster.toString());
        ok(instructor.put("/api/instructor/members/alice", Map.of("role", "teaching-assistant")));
        ok(instructor.put("/api/instructor/members/bob", Map.of("role", "student")));
        ok(instructor.put("/api/instructor/settings", Map.of("gradingPolicy", "last", "latePolicy", "no-credit",
                "penaltyPercentPerDay", 0, "deadlines", Map.of(SOFTMAX, B_DEADLINE))));
        choose(instructor, courseA);

        dana = server.client();
        assertEquals(200, dana.login("dana", "dana-pass-1").status());
        String code = WebFixture.sample("correct.jsh");
        submitted.put("alice in A", submit(alice, code));
        submitted.put("bob in A", submit(bob, code));
        choose(bob, courseB);
        submitted.put("bob in B", submit(bob, WebFixture.sample("diagonal-only.jsh")));
        submitted.put("dana in B", submit(dana, code));
        choose(bob, courseA);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void eachGradebookListsItsOwnStudentsWithTheirAttemptsThere() throws Exception {
        JsonNode a = ok(instructor.get("/api/instructor/gradebook")).json();
        choose(instructor, courseB);
        JsonNode b = ok(instructor.get("/api/instructor/gradebook")).json();
        choose(instructor, courseA);

        assertEquals(List.of("alice", "bob"), usernames(a.get("rows")));
        assertEquals(List.of("bob", "dana"), usernames(b.get("rows")), "a teaching assistant is no student");
        assertEquals(1, cell(a, "bob").get("attempts").asInt());
        assertEquals(1, cell(b, "bob").get("attempts").asInt());
        assertEquals(10.0, cell(a, "bob").get("score").asDouble(), "A counts bob's right answer in A");
        assertTrue(cell(b, "bob").get("score").asDouble() < 10.0, "B counts his wrong one in B");
    }

    @Test
    void eachCourseKeepsItsOwnSettingsAndDeadlinesAndStudentsSeeTheirCourses() throws Exception {
        JsonNode a = ok(instructor.get("/api/instructor/settings")).json();
        choose(instructor, courseB);
        JsonNode b = ok(instructor.get("/api/instructor/settings")).json();
        choose(instructor, courseA);

        assertEquals("best", a.get("rules").get("gradingPolicy").asText());
        assertEquals("last", b.get("rules").get("gradingPolicy").asText());
        assertTrue(exercise(ok(bob.get("/api/exercises")).json()).get("deadline").isNull());
        assertTrue(exercise(ok(dana.get("/api/exercises")).json()).get("deadline").asText().startsWith("2030-01-10"));
    }

    @Test
    void aStudentSeesTheirAttemptsOfTheCourseTheyWorkIn() throws Exception {
        List<Long> inA = attemptIds(bob);
        choose(bob, courseB);
        List<Long> inB = attemptIds(bob);
        choose(bob, courseA);

        assertEquals(List.of(submitted.get("bob in A")), inA);
        assertEquals(List.of(submitted.get("bob in B")), inB);
    }

    @Test
    void theExportsSubmissionBrowserAnalyticsSimilarityAndRegradeReadOneCourse() throws Exception {
        Map<String, Set<Long>> a = readsOfTheClass();
        choose(instructor, courseB);
        Map<String, Set<Long>> b = readsOfTheClass();
        JsonNode analyticsB = ok(instructor.get("/api/instructor/analytics")).json();
        choose(instructor, courseA);
        JsonNode analyticsA = ok(instructor.get("/api/instructor/analytics")).json();

        Set<Long> ofA = Set.of(submitted.get("alice in A"), submitted.get("bob in A"));
        Set<Long> ofB = Set.of(submitted.get("bob in B"), submitted.get("dana in B"));
        for (String read : List.of("attempts.json", "submissions")) {
            assertEquals(ofA, a.get(read), read + " in A");
            assertEquals(ofB, b.get(read), read + " in B");
        }
        assertEquals(2, exercise(analyticsA).get("submissions").asInt());
        assertEquals(2, exercise(analyticsB).get("submissions").asInt());
        assertEquals(2, ok(instructor.get("/api/instructor/similarity/" + SOFTMAX)).json().get("submissions").asInt());
    }

    @Test
    void anotherCoursesSubmissionIsNotFoundByIdNorComparedNorDiffed() throws Exception {
        long dana = submitted.get("dana in B");
        long bobInA = submitted.get("bob in A");

        assertEquals(404, instructor.get("/api/instructor/submissions/" + dana).status());
        assertEquals(404, instructor.get("/api/instructor/similarity/pair?a=" + bobInA + "&b=" + dana).status());
        assertEquals(404, instructor.get("/api/instructor/diff?from=" + bobInA + "&to="
                + submitted.get("bob in B")).status());
        assertEquals(200, instructor.get("/api/instructor/submissions/" + bobInA).status());
    }

    @Test
    void aRegradeReplaysOnlyItsCourseAndIsNotFoundFromAnother() throws Exception {
        WebFixture.Response started = instructor.post("/api/instructor/regrades", Map.of("exercise", SOFTMAX));
        assertEquals(202, started.status(), started.toString());
        long run = started.json().get("id").asLong();
        assertEquals(2, started.json().get("total").asInt(), "the two graded submissions of A");

        choose(instructor, courseB);
        int fromB = instructor.get("/api/instructor/regrades/" + run).status();
        int abandonFromB = instructor.post("/api/instructor/regrades/" + run + "/abandon", Map.of()).status();
        choose(instructor, courseA);

        assertEquals(404, fromB);
        assertEquals(404, abandonFromB);
        assertEquals(200, instructor.post("/api/instructor/regrades/" + run + "/abandon", Map.of()).status());
    }

    @Test
    void aUserListsOnlyTheirCoursesAndCannotChooseAnother() throws Exception {
        JsonNode courses = ok(dana.get("/api/courses")).json();

        assertEquals(List.of(courseB), ids(courses.get("courses")));
        assertEquals(courseB, courses.get("current").get("id").asLong());
        assertEquals(404, dana.post("/api/courses/current", Map.of("course", courseA)).status());
        assertEquals(Set.of(courseA, courseB), new HashSet<>(ids(ok(alice.get("/api/courses")).json().get("courses"))));
    }

    @Test
    void theRosterAndPasswordResetsReachOnlyTheCoursesOwnMembers() throws Exception {
        JsonNode members = ok(instructor.get("/api/instructor/users")).json().get("users");

        assertEquals(List.of("alice", "bob", "instructor"), usernames(members));
        assertEquals(404, instructor.post("/api/instructor/users/dana/password", Map.of()).status(),
                "dana is not in A, so A's instructor has no say over her account");
    }

    @Test
    void aTeachingAssistantSeesTheDashboardsButChangesNothing() throws Exception {
        assertEquals(403, alice.get("/api/instructor/gradebook").status(), "alice is a student in A");
        choose(alice, courseB);
        try {
            assertEquals("teaching-assistant", ok(alice.get("/api/me")).json().get("role").asText());
            for (String read : List.of("/api/instructor/gradebook", "/api/instructor/settings",
                    "/api/instructor/users", "/api/instructor/members", "/api/instructor/analytics",
                    "/api/instructor/submissions", "/api/instructor/exports/grades.csv",
                    "/api/instructor/students/dana")) {
                assertEquals(200, alice.get(read).status(), read);
            }
            List<WebFixture.Response> changes = List.of(
                    alice.put("/api/instructor/settings", Map.of("gradingPolicy", "best", "latePolicy", "penalty",
                            "penaltyPercentPerDay", 5)),
                    alice.postRaw("/api/instructor/roster", "erin,Erin\n", "text/csv"),
                    alice.post("/api/instructor/users/dana/password", Map.of()),
                    alice.put("/api/instructor/members/alice", Map.of("role", "instructor")),
                    alice.post("/api/instructor/regrades", Map.of("exercise", SOFTMAX)),
                    alice.put("/api/instructor/course", Map.of("title", "Taken over")),
                    alice.post("/api/instructor/course/archive", Map.of("archived", true)),
                    alice.post("/api/instructor/course/copy", Map.of("title", "Mine")),
                    alice.post("/api/courses", Map.of("title", "Mine")));
            for (WebFixture.Response r : changes) assertEquals(403, r.status(), r.toString());
            choose(instructor, courseB);
            assertEquals("last", ok(instructor.get("/api/instructor/settings")).json().get("rules")
                    .get("gradingPolicy").asText(), "nothing changed");
        } finally {
            choose(alice, courseA);
            choose(instructor, courseA);
        }
    }

    @Test
    void aCopyBringsTheSettingsAndDeadlinesButNotTheStudentsAndAnArchivedCourseTakesNoSubmission()
            throws Exception {
        choose(instructor, courseB);
        WebFixture.Response copied = instructor.post("/api/instructor/course/copy", Map.of("title", "Fall 2027"));
        assertEquals(201, copied.status(), copied.toString());
        long copy = copied.json().get("id").asLong();
        choose(instructor, copy);
        try {
            JsonNode settings = ok(instructor.get("/api/instructor/settings")).json();
            assertEquals("last", settings.get("rules").get("gradingPolicy").asText());
            assertTrue(exercise(settings).get("deadline").asText().startsWith("2030-01-10"));
            assertEquals(List.of("instructor"), usernames(ok(instructor.get("/api/instructor/members")).json()
                    .get("members")));

            assertEquals("Fall 2027, section C", ok(instructor.put("/api/instructor/course",
                    Map.of("title", "Fall 2027, section C"))).json().get("title").asText());
            assertTrue(ok(instructor.post("/api/instructor/course/archive", Map.of("archived", true))).json()
                    .get("archived").asBoolean());
            WebFixture.Response refused = instructor.post("/api/exercises/" + SOFTMAX + "/submissions",
                    WebFixture.Client.code("double x;"));
            assertEquals(409, refused.status(), refused.toString());
            assertEquals(400, instructor.put("/api/instructor/course", Map.of("title", " ")).status());
        } finally {
            choose(instructor, courseA);
        }
    }

    @Test
    void aStudentAccountCannotCreateACourse() throws Exception {
        assertEquals(403, bob.post("/api/courses", Map.of("title", "Bob's")).status());
    }

    private Map<String, Set<Long>> readsOfTheClass() throws Exception {
        Map<String, Set<Long>> reads = new HashMap<>();
        Set<Long> exported = new TreeSet<>();
        ok(instructor.get("/api/instructor/exports/attempts.json")).json().forEach(r -> exported.add(r.get("id").asLong()));
        reads.put("attempts.json", exported);
        Set<Long> listed = new TreeSet<>();
        ok(instructor.get("/api/instructor/submissions")).json().get("submissions")
                .forEach(r -> listed.add(r.get("id").asLong()));
        reads.put("submissions", listed);
        return reads;
    }

    private static long submit(WebFixture.Client student, String code) throws Exception {
        WebFixture.Response r = student.post("/api/exercises/" + SOFTMAX + "/submissions", WebFixture.Client.code(code));
        assertEquals(202, r.status(), r.toString());
        long id = r.json().get("id").asLong();
        student.awaitGraded(id);
        return id;
    }

    private static void choose(WebFixture.Client user, long course) throws Exception {
        ok(user.post("/api/courses/current", Map.of("course", course)));
    }

    private static List<Long> attemptIds(WebFixture.Client student) throws Exception {
        List<Long> ids = new ArrayList<>();
        ok(student.get("/api/exercises/" + SOFTMAX + "/submissions")).json().get("attempts")
                .forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private static WebFixture.Response ok(WebFixture.Response r) {
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    private static List<String> usernames(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.get("username").asText()));
        return names;
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private static JsonNode cell(JsonNode gradebook, String username) {
        for (JsonNode row : gradebook.get("rows")) {
            if (row.get("username").asText().equals(username)) return row.get("cells").get(SOFTMAX);
        }
        throw new AssertionError("no row for " + username);
    }

    /** The softmax exercise's entry in a list of exercises, or in the {@code exercises} of an answer. */
    private static JsonNode exercise(JsonNode answer) {
        JsonNode list = answer.has("exercises") ? answer.get("exercises") : answer;
        for (JsonNode e : list) {
            if (e.get("id").asText().equals(SOFTMAX)) return e;
        }
        throw new AssertionError("no " + SOFTMAX + " in " + answer);
    }
}

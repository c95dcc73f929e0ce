package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.account.RosterImports;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rosters over HTTP: a small one is created at once; one account more runs as a job the
 * instructor polls, and whose passwords are handed over exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebRosterImportTest {
    /** A few dozen hashes at the real cost, on a loaded machine. */
    private static final Duration JOB_LIMIT = Duration.ofMinutes(5);

    private WebFixture server;
    private Client instructor;

    @BeforeAll
    void start() throws Exception {
        server = WebFixture.start(web -> web);
        instructor = server.signedIn("instructor");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void aRosterOfTheImmediateSizeIsCreatedAtOnce() throws Exception {
        Response r = upload("now", RosterImports.IMMEDIATE_ACCOUNTS);
        assertEquals(201, r.status(), r.toString());
        assertEquals(RosterImports.IMMEDIATE_ACCOUNTS, r.json().get("accounts").size());
    }

    @Test
    void oneAccountMoreRunsAsAJobWhosePasswordsAreCollectedOnce() throws Exception {
        int size = RosterImports.IMMEDIATE_ACCOUNTS + 1;
        Response started = upload("job", size);
        assertEquals(202, started.status(), started.toString());
        String location = started.json().get("location").asText();
        assertEquals(location, started.header("Location"));
        assertEquals(size, started.json().get("total").asInt());

        JsonNode done = awaitDone(location);
        assertEquals(size, done.get("hashed").asInt());
        Response result = instructor.post(location + "/result", Map.of());
        assertEquals(200, result.status(), result.toString());
        JsonNode accounts = result.json().get("accounts");
        assertEquals(size, accounts.size());
        JsonNode last = accounts.get(size - 1);
        assertEquals(200, server.client().login(last.get("username").asText(), last.get("password").asText())
                .status(), "a collected password signs in");

        Response again = instructor.post(location + "/result", Map.of());
        assertEquals(410, again.status(), again.toString());
        assertEquals("collected", instructor.get(location).json().get("state").asText());
    }

    @Test
    void aTakenNameOnTheLastLineIsRefusedAtOnceAndNobodyIsCreated() throws Exception {
        String roster = lines("taken", RosterImports.IMMEDIATE_ACCOUNTS + 4) + "alice,Alice Again,\n";
        Response r = instructor.postRaw("/api/instructor/roster", roster, "text/csv");
        assertEquals(409, r.status(), r.toString());
        JsonNode users = instructor.get("/api/instructor/users").json().get("users");
        assertTrue(users.findValuesAsText("username").stream().noneMatch(u -> u.startsWith("taken")));
    }

    @Test
    void importsAreForInstructorsOnly() throws Exception {
        Client alice = server.signedIn("alice");
        assertEquals(403, alice.get("/api/instructor/roster/imports/1").status());
        assertEquals(403, alice.post("/api/instructor/roster/imports/1/result", Map.of()).status());
        assertEquals(404, instructor.get("/api/instructor/roster/imports/999999").status());
        assertEquals(400, instructor.get("/api/instructor/roster/imports/abc").status());
    }

    private Response upload(String prefix, int count) throws Exception {
        return instructor.postRaw("/api/instructor/roster", lines(prefix, count), "text/csv");
    }

    private JsonNode awaitDone(String location) throws Exception {
        long deadline = System.nanoTime() + JOB_LIMIT.toNanos();
        JsonNode status = instructor.get(location).json();
        while (!status.get("state").asText().equals("done") && System.nanoTime() < deadline) {
            assertTrue(Set.of("queued", "running").contains(status.get("state").asText()), status.toString());
            Thread.sleep(100);
            status = instructor.get(location).json();
        }
        assertEquals("done", status.get("state").asText(), status.toString());
        return status;
    }

    private static String lines(String prefix, int count) {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= count; i++) csv.append(prefix).append(i).append(",Student ").append(i).append(",\n");
        return csv.toString();
    }
}

package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import com.tangentlab.cli.Main;
import com.tangentlab.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts, sessions, access rules, CSRF, malformed requests and the static folder, over HTTP. */
class WebAccountsTest {
    private static WebFixture server;

    @BeforeAll
    static void start() {
        server = WebFixture.start(web -> web);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loginSucceedsWithTheRightPasswordAndSetsAStrictHttpOnlyCookie() throws Exception {
        Client c = server.client();
        Response r = c.login("alice", server.password("alice"));
        assertEquals(200, r.status(), r.toString());
        assertEquals("alice", r.json().get("username").asText());
        assertEquals("student", r.json().get("role").asText());
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "no https public address, so a browser on plain HTTP keeps it: " + cookie);
        Response me = c.get("/api/me");
        assertEquals(200, me.status());
        assertEquals(c.csrf, me.json().get("csrfToken").asText());
    }

    @Test
    void loginFailsWithAWrongPasswordOrAnUnknownUser() throws Exception {
        Response wrong = server.client().login("alice", "not-her-password");
        assertEquals(401, wrong.status());
        assertEquals("wrong username or password", wrong.json().get("error").asText());
        assertEquals(401, server.client().login("nobody", "whatever-it-is").status());
    }

    @Test
    void repeatedWrongPasswordsForOneAccountAreMadeToWait() throws Exception {
        for (int i = 0; i < 10; i++) assertEquals(401, server.client().login("mallory", "guess-" + i).status());
        Response throttled = server.client().login("mallory", "guess-10");
        assertEquals(429, throttled.status(), throttled.toString());
        assertNotNull(throttled.header("Retry-After"));
        assertTrue(throttled.json().get("error").asText().contains("failed sign-ins"), throttled.toString());
        assertEquals(200, server.client().login("alice", server.password("alice")).status(),
                "another account is not affected");
    }

    @Test
    void anonymousUsersGet401() throws Exception {
        Client c = server.client();
        for (String path : new String[] {"/api/me", "/api/exercises", "/api/sections", "/api/sections/3",
            "/api/submissions/1"}) {
            Response r = c.get(path);
            assertEquals(401, r.status(), path);
            assertNotNull(r.json().get("error"), path);
        }
        assertEquals(401, c.postRaw("/api/instructor/roster", "a,A,password1", "text/csv").status());
    }

    @Test
    void studentsGet403OnInstructorRoutes() throws Exception {
        Client c = server.signedIn("bob");
        assertEquals(403, c.postRaw("/api/instructor/roster", "mallory,Mallory,password1", "text/csv").status());
        assertEquals(403, c.get("/api/instructor/users").status());
        assertEquals(403, c.post("/api/instructor/users/alice/password", Map.of("password", "taken-over-1"))
                .status());
        assertEquals(200, server.client().login("alice", server.password("alice")).status());
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenGet403() throws Exception {
        Client c = server.signedIn("bob");
        String token = c.csrf;
        c.csrf = null;
        Response missing = c.put("/api/exercises/softmax-jacobian/draft", Client.code("x"));
        assertEquals(403, missing.status());
        assertTrue(missing.json().get("error").asText().contains("X-CSRF-Token"));
        c.csrf = "wrong";
        assertEquals(403, c.post("/api/logout", Map.of()).status());
        c.csrf = token;
        assertEquals(200, c.put("/api/exercises/softmax-jacobian/draft", Client.code("x")).status());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Client c = server.signedIn("bob");
        assertEquals(200, c.post("/api/logout", Map.of()).status());
        assertEquals(401, c.get("/api/me").status());
    }

    @Test
    void instructorsListAccountsWithoutPasswordHashes() throws Exception {
        Response r = server.signedIn("instructor").get("/api/instructor/users");
        assertEquals(200, r.status(), r.toString());
        JsonNode users = r.json().get("users");
        // Other tests of this class add accounts to the same server, so only the demo ones are certain.
        Map<String, String> roles = new HashMap<>();
        users.forEach(u -> roles.put(u.get("username").asText(), u.get("role").asText()));
        assertEquals("student", roles.get("alice"));
        assertEquals("instructor", roles.get("instructor"));
        assertFalse(r.raw().body().contains("hash"), r.toString());
    }

    @Test
    void rosterUploadCreatesAccountsThatCanSignIn() throws Exception {
        Client instructor = server.signedIn("instructor");
        Response r = instructor.postRaw("/api/instructor/roster",
                "username,display_name,password\ncarol,Carol Chen,carols-secret\ndave,Dave Diaz,\n", "text/csv");
        assertEquals(201, r.status(), r.toString());
        JsonNode accounts = r.json().get("accounts");
        assertEquals(2, accounts.size());
        assertEquals("carols-secret", accounts.get(0).get("password").asText());
        assertFalse(accounts.get(0).get("generated").asBoolean());
        assertTrue(accounts.get(1).get("generated").asBoolean());
        assertEquals(200, server.client().login("carol", "carols-secret").status());
        assertEquals(200, server.client().login("dave", accounts.get(1).get("password").asText()).status());

        Response again = instructor.postRaw("/api/instructor/roster", "erin,Erin,erins-secret\ncarol,Carol,x-secret-1",
                "text/csv");
        assertEquals(409, again.status(), again.toString());
        assertEquals(401, server.client().login("erin", "erins-secret").status(), "all or nothing");

        Response bad = instructor.postRaw("/api/instructor/roster", "Not A Name,Someone,password1", "text/csv");
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("error").asText().startsWith("roster line 1:"), bad.toString());
    }

    @Test
    void aRosterFileUploadedAsAFormCreatesTheAccounts() throws Exception {
        Client instructor = server.signedIn("instructor");
        String boundary = "----roster-boundary";
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"roster\"; filename=\"class.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "username,display_name,password\ngrace,Grace Hopper,graces-secret\n\r\n"
                + "--" + boundary + "--\r\n";
        Response r = instructor.postRaw("/api/instructor/roster", form, "multipart/form-data; boundary=" + boundary);
        assertEquals(201, r.status(), r.toString());
        assertEquals("grace", r.json().get("accounts").get(0).get("username").asText());
        assertEquals(200, server.client().login("grace", "graces-secret").status());

        String noFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n";
        Response refused = instructor.postRaw("/api/instructor/roster", noFile, "multipart/form-data; boundary=" + boundary);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("the form has no file field 'roster'", refused.json().get("error").asText());
    }

    @Test
    void passwordsCanBeChangedByTheirOwnerAndResetByAnInstructor() throws Exception {
        Client instructor = server.signedIn("instructor");
        instructor.postRaw("/api/instructor/roster", "frank,Frank,franks-first", "text/csv");
        Client frank = server.client();
        frank.login("frank", "franks-first");
        assertEquals(403, frank.post("/api/me/password", Map.of("currentPassword", "wrong-one",
                "newPassword", "franks-second")).status());
        assertEquals(400, frank.post("/api/me/password", Map.of("currentPassword", "franks-first",
                "newPassword", "short")).status());
        assertEquals(200, frank.post("/api/me/password", Map.of("currentPassword", "franks-first",
                "newPassword", "franks-second")).status());
        assertEquals(200, frank.get("/api/me").status(), "the session that changed it stays");
        assertEquals(401, server.client().login("frank", "franks-first").status());

        Response reset = instructor.postRaw("/api/instructor/users/frank/password", "", "application/json");
        assertEquals(200, reset.status(), reset.toString());
        assertEquals(401, frank.get("/api/me").status(), "a reset ends the account's sessions");
        assertEquals(200, server.client().login("frank", reset.json().get("password").asText()).status());
        assertEquals(404, instructor.post("/api/instructor/users/nobody/password", Map.of()).status());
    }

    @Test
    void thePasswordCommandSetsAPasswordWithoutTheServer() throws Exception {
        Settings settings = Settings.from(System.getenv()).withDatabaseUrl(server.databaseUrl);
        StringWriter out = new StringWriter();
        CommandLine command = Main.commandLine(settings);
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute("password", "bob", "--password", "bobs-new-password"));
        assertEquals(200, server.client().login("bob", "bobs-new-password").status());
        // Other tests sign bob in with his demo password.
        assertEquals(0, Main.commandLine(settings).execute("password", "bob", "--password", server.password("bob")));

        StringWriter err = new StringWriter();
        CommandLine unknown = Main.commandLine(settings);
        unknown.setErr(new PrintWriter(err));
        assertEquals(1, unknown.execute("password", "nobody"));
        assertTrue(err.toString().contains("no account named nobody"), err.toString());
    }

    @Test
    void malformedRequestsGet4xxNamingTheProblem() throws Exception {
        Client c = server.signedIn("alice");
        Response badJson = c.postRaw("/api/exercises/softmax-jacobian/run", "{\"code\": ", "application/json");
        assertEquals(400, badJson.status());
        assertTrue(badJson.json().get("error").asText().startsWith("malformed JSON body"), badJson.toString());

        Response missing = c.post("/api/exercises/softmax-jacobian/submissions", Map.of("source", "x"));
        assertEquals(400, missing.status());

        Response noField = c.put("/api/exercises/softmax-jacobian/draft", Map.of());
        assertEquals("missing field: code", noField.json().get("error").asText());

        Response unknown = c.get("/api/exercises/no-such-exercise");
        assertEquals(404, unknown.status());
        assertEquals("unknown exercise: no-such-exercise", unknown.json().get("error").asText());

        Response badId = c.get("/api/submissions/abc");
        assertEquals(400, badId.status(), badId.toString());

        Response tooLarge = c.put("/api/exercises/softmax-jacobian/draft", Client.code("x".repeat(400_000)));
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertNotNull(tooLarge.json().get("error"));

        Response noRoute = c.get("/api/nothing-here");
        assertEquals(404, noRoute.status());
        assertNotNull(noRoute.json().get("error"));
    }

    @Test
    void anExerciseShowsItsStatementStarterAndExamplesButNothingHidden() throws Exception {
        Client c = server.signedIn("alice");
        Response r = c.get("/api/exercises/softmax-jacobian");
        assertEquals(200, r.status());
        JsonNode e = r.json();
        assertEquals("The softmax Jacobian", e.get("title").asText());
        assertTrue(e.get("statement").asText().length() > 100);
        assertTrue(e.get("starter").asText().contains("softmaxJacobian"));
        assertTrue(e.get("examples").size() > 0);
        assertTrue(e.get("examples").get(0).get("call").asText().startsWith("softmaxJacobian("));
        String body = r.raw().body();
        for (String hidden : new String[] {"tolerance", "misconception", "reference", "samples", "generator",
                "missing-outer-product", "SoftmaxJacobian", "properties"}) {
            assertFalse(body.contains(hidden), "the exercise page shows " + hidden);
        }

        Response sections = c.get("/api/sections");
        assertEquals(200, sections.status());
        assertEquals(21, sections.json().size());
        assertTrue(sections.json().get(0).has("earned"));
        assertTrue(sections.json().get(0).has("title"));
        assertEquals(15, c.get("/api/exercises").json().size());
    }

    @Test
    void draftsKeepTheLastSavedVersionAndStartFromTheStarter() throws Exception {
        Client c = server.signedIn("bob");
        Response first = c.get("/api/exercises/newton-step/draft");
        assertTrue(first.json().get("savedAt").isNull());
        assertFalse(first.json().get("code").asText().isEmpty());
        c.put("/api/exercises/newton-step/draft", Client.code("// one"));
        c.put("/api/exercises/newton-step/draft", Client.code("// two"));
        assertEquals("// two", c.get("/api/exercises/newton-step/draft").json().get("code").asText());
        assertFalse(server.signedIn("alice").get("/api/exercises/newton-step/draft").json().get("code").asText()
                .contains("// two"));
    }

    @Test
    void onlyTheWebFolderIsServed() throws Exception {
        Client c = server.client();
        Response index = c.get("/");
        assertEquals(200, index.status());
        assertTrue(index.raw().body().contains("id=\"login\""), "the sign-in page");
        assertEquals(200, c.getRaw("/webjars/katex/0.16.4/dist/katex.min.js").status());
        String[] attempts = {
                "/reference/samples/softmax-jacobian/correct.jsh",
                "/exercises/softmax-jacobian/exercise.yaml",
                "/../reference/samples/softmax-jacobian/correct.jsh",
                "/%2e%2e/reference/samples/softmax-jacobian/correct.jsh",
                "/%2E%2E/%2E%2E/reference/samples/softmax-jacobian/correct.jsh",
                "/..%2freference/samples/softmax-jacobian/correct.jsh",
                "/x/..%2f..%2freference/samples/softmax-jacobian/correct.jsh",
                "/%2e%2e%2fexercises%2fsoftmax-jacobian%2fexercise.yaml",
                "/..%5creference%5csamples%5csoftmax-jacobian%5ccorrect.jsh",
                "/index.html/../../exercises/softmax-jacobian/exercise.yaml",
                "/pom.xml",
                // The libraries are served from the class path: nothing else on it may be reached.
                "/webjars/katex/0.16.4/../../../../db/migration/V1__submissions.sql",
                "/webjars/%2e%2e/%2e%2e/%2e%2e/db/migration/V1__submissions.sql",
                "/webjars/..%2f..%2f..%2fcom/tangentlab/web/WebApp.class",
                "/webjars/../../simplelogger.properties",
        };
        for (String path : attempts) {
            Response r = c.getRaw(path);
            assertTrue(r.status() == 404 || r.status() == 400, path + " gave " + r.status());
            assertTrue(r.json().get("error").asText().length() > 0, path + " is not answered with a JSON error: " + r);
            assertFalse(r.raw().body().contains("softmaxJacobian"), path + " served a file outside web/");
            assertFalse(r.raw().body().contains("misconceptions"), path + " served exercise.yaml");
            assertFalse(r.raw().body().contains("<artifactId>"), path + " served the pom");
            assertFalse(r.raw().body().contains("CREATE TABLE"), path + " served a migration");
            assertFalse(r.raw().body().contains("org.slf4j"), path + " served a class path resource");
        }
        assertEquals(404, c.getRaw("/reference/samples/softmax-jacobian/correct.jsh").status());
        assertEquals(404, c.getRaw("/exercises/softmax-jacobian/exercise.yaml").status());
        assertTrue(c.getRaw("/../pom.xml").json().get("error").asText().startsWith("malformed request (400"),
                "a path Jetty refuses reads like every other error");
    }
}

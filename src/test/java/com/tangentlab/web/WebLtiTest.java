package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.tangentlab.lti.TestPlatform;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LTI routes over HTTP, against a platform of our own: the public key set, registration by instructors
 * only, a launch from the login to the signed-in session, and refusals answered with a page and one log line.
 */
class WebLtiTest {
    private static final Pattern HIDDEN = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]*)\"");
    private static final List<String> PRIVATE_PARTS = List.of("d", "p", "q", "dp", "dq", "qi");
    private static final String CONTEXT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/context";
    private static final String ROLES_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/roles";

    private static WebFixture server;
    private static TestPlatform platform;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(w -> w);
        platform = TestPlatform.start();
        Response registered = server.signedIn("instructor").post("/api/instructor/lti/platforms", registration());
        assertEquals(201, registered.status(), registered.toString());
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), UnaryOperator.identity());
        assertEquals(303, launch(loginThroughThePlatform(TestPlatform.INSTRUCTOR)).statusCode(),
                "the course's instructor opens it first");
    }

    @AfterAll
    static void stop() {
        platform.close();
        server.close();
    }

    private static Map<String, Object> registration() {
        return platform.registrationBody();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.platform.port();
    }

    @Test
    void theToolsKeySetIsPublicAndHoldsNoPrivatePart() throws Exception {
        HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/lti/jwks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jwks.statusCode());
        JWKSet set = JWKSet.parse(jwks.body());
        assertFalse(set.getKeys().isEmpty());
        for (JWK key : set.getKeys()) {
            assertFalse(key.isPrivate(), key.getKeyID());
            assertEquals("RSA", key.getKeyType().getValue());
            assertNotNull(key.getKeyID());
        }
        JsonNode raw = WebFixture.JSON.readTree(jwks.body()).get("keys").get(0);
        PRIVATE_PARTS.forEach(part -> assertFalse(raw.has(part), "the key set carries " + part));
    }

    @Test
    void onlyInstructorsRegisterPlatformsAndABadFieldIsNamed() throws Exception {
        assertEquals(401, server.client().post("/api/instructor/lti/platforms", registration()).status());
        assertEquals(403, server.signedIn("alice").post("/api/instructor/lti/platforms", registration()).status());
        Client instructor = server.signedIn("instructor");
        Response twice = instructor.post("/api/instructor/lti/platforms", registration());
        assertEquals(409, twice.status(), twice.toString());
        Map<String, Object> bad = registration();
        bad.put("authEndpoint", "javascript:alert(1)");
        Response refused = instructor.post("/api/instructor/lti/platforms", bad);
        assertEquals(400, refused.status());
        assertTrue(refused.json().get("error").asText().contains("auth endpoint"), refused.toString());
        JsonNode configuration = instructor.get("/api/instructor/lti").json();
        assertEquals(base() + "/lti/login", configuration.get("tool").get("loginUrl").asText());
        assertEquals(base() + "/lti/launch", configuration.get("tool").get("launchUrl").asText());
        assertEquals(base() + "/lti/jwks", configuration.get("tool").get("jwksUrl").asText());
        assertEquals(1, configuration.get("platforms").size());
    }

    /** The auto-posting page's hidden fields, as the browser would post them to the launch URL. */
    private static Map<String, String> loginThroughThePlatform(TestPlatform.User user) throws Exception {
        String query = "iss=" + encode(platform.issuer()) + "&login_hint=" + user.subject() + "&target_link_uri="
                + encode(base() + "/lti/launch");
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/lti/login")).POST(
                HttpRequest.BodyPublishers.ofString(query)).header("Content-Type", "application/x-www-form-urlencoded")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        String auth = login.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(auth)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
        Map<String, String> fields = new HashMap<>();
        Matcher m = HIDDEN.matcher(form.body());
        while (m.find()) fields.put(m.group(1), m.group(2));
        return fields;
    }

    private static HttpResponse<String> launch(Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/lti/launch")).POST(
                HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aLaunchSignsTheUserInWithACookieThatWorksInsideThePlatformsFrame() throws Exception {
        platform.whenLoggingIn(TestPlatform.ALICE.subject(), c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/custom",
                Map.of("exercise", "softmax-jacobian")));
        HttpResponse<String> launched = launch(loginThroughThePlatform(TestPlatform.ALICE));
        assertEquals(303, launched.statusCode(), launched.body());
        assertTrue(launched.headers().firstValue("Location").orElseThrow().endsWith("#softmax-jacobian"));
        String cookie = launched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("SameSite=None") && cookie.contains("Secure") && cookie.contains("HttpOnly")
                && cookie.contains("Partitioned"),
                cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/me"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode());
        JsonNode who = WebFixture.JSON.readTree(me.body());
        assertEquals("Alice Learner", who.get("displayName").asText());
        assertEquals("student", who.get("role").asText());
        HttpResponse<String> gradebook = HTTP.send(HttpRequest.newBuilder(URI.create(base()
                + "/api/instructor/gradebook")).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, gradebook.statusCode(), "a student's launch grants no instructor rights");
    }

    @Test
    void anInstructorOfOneCourseLaunchedAsAStudentOfAnotherGetsNoInstructorRightsThere() throws Exception {
        platform.whenLoggingIn(TestPlatform.CARLA.subject(), WebLtiTest::intoCourseB);
        assertEquals(303, launch(loginThroughThePlatform(TestPlatform.CARLA)).statusCode(), "course B's instructor");
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), UnaryOperator.identity());
        String inA = sessionOf(launch(loginThroughThePlatform(TestPlatform.INSTRUCTOR)));
        platform.whenLoggingIn(TestPlatform.INSTRUCTOR.subject(), c -> intoCourseB(c)
                .claim(ROLES_CLAIM, List.of(TestPlatform.LEARNER_ROLE)));
        String inB = sessionOf(launch(loginThroughThePlatform(TestPlatform.INSTRUCTOR)));

        assertEquals(200, get(inA, "/api/instructor/gradebook").statusCode(), "course A's instructor");
        JsonNode me = WebFixture.JSON.readTree(get(inB, "/api/me").body());
        assertEquals("Course B", me.get("course").get("title").asText(), "the launch chose course B");
        assertEquals("student", me.get("role").asText());
        assertEquals("student", me.get("accountRole").asText(), "no launch changes the account's own role");
        for (String instructorOnly : List.of("/api/instructor/gradebook", "/api/instructor/settings",
                "/api/instructor/members", "/api/instructor/lti")) {
            assertEquals(403, get(inB, instructorOnly).statusCode(), instructorOnly);
        }
    }

    private static JWTClaimsSet.Builder intoCourseB(JWTClaimsSet.Builder claims) {
        return claims.claim(CONTEXT_CLAIM, Map.of("id", "course-B", "title", "Course B"));
    }

    private static String sessionOf(HttpResponse<String> launched) {
        assertEquals(303, launched.statusCode(), launched.body());
        String cookie = launched.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static HttpResponse<String> get(String session, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a refused launch sends: its page, its status, and what the server's log got meanwhile. */
    private record Refused(HttpResponse<String> page, String log) {}

    private static Refused refusedLaunch(Map<String, String> fields) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return new Refused(launch(fields), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static void assertRefusedWithAPageAndOneLogLine(Refused refused, int status, String code) {
        assertEquals(status, refused.page().statusCode(), refused.page().body());
        assertTrue(refused.page().headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String body = refused.page().body();
        assertTrue(body.contains("<h1>Tangent Lab could not open this link</h1>"), body);
        assertTrue(body.contains(code), body);
        assertFalse(body.contains("Exception") || body.contains("at com."), body);
        List<String> lines = refused.log().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), refused.log());
        assertTrue(lines.get(0).contains("LTI launch refused"), lines.get(0));
    }

    @Test
    void aLaunchWithAStateTheToolNeverIssuedIsAPageAndOneLogLine() throws Exception {
        platform.whenLoggingIn(TestPlatform.BOB.subject(), UnaryOperator.identity());
        Map<String, String> fields = loginThroughThePlatform(TestPlatform.BOB);
        fields.put("state", "forged-state");
        assertRefusedWithAPageAndOneLogLine(refusedLaunch(fields), 400, "bad-state");
    }

    @Test
    void anExpiredLaunchIsAPageAndOneLogLine() throws Exception {
        platform.whenLoggingIn(TestPlatform.BOB.subject(), c -> c
                .issueTime(new java.util.Date(System.currentTimeMillis() - Duration.ofMinutes(30).toMillis()))
                .expirationTime(new java.util.Date(System.currentTimeMillis() - Duration.ofMinutes(20).toMillis())));
        assertRefusedWithAPageAndOneLogLine(refusedLaunch(loginThroughThePlatform(TestPlatform.BOB)), 401, "expired");
    }

    @Test
    void aLaunchWithoutAnyFieldIsAPageAndOneLogLine() throws Exception {
        assertRefusedWithAPageAndOneLogLine(refusedLaunch(Map.of()), 400, "missing-parameter");
    }

    /** What reaches the launch and login URLs that is no form: each is refused, none is a server fault. */
    @Test
    void aPostThatIsNoFormIsRefusedAndNeverAServerFault() throws Exception {
        Map<String, Integer> statusOf = new HashMap<>();
        for (String path : List.of("/lti/login", "/lti/launch")) {
            for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=x", "application/json",
                    "text/plain")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("id_token=a&state=b"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                statusOf.put(path + " as " + type, r.statusCode());
                assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
            }
        }
        statusOf.forEach((request, status) -> assertEquals(400, status, request));
    }

    @Test
    void aReplayedLaunchIsAPageAndOneLogLine() throws Exception {
        platform.whenLoggingIn(TestPlatform.BOB.subject(), UnaryOperator.<JWTClaimsSet.Builder>identity());
        Map<String, String> fields = loginThroughThePlatform(TestPlatform.BOB);
        assertEquals(303, launch(fields).statusCode());
        assertRefusedWithAPageAndOneLogLine(refusedLaunch(fields), 401, "replayed-nonce");
    }
}

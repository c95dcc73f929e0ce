package com.tangentlab.web;

import static com.tangentlab.web.RawHttp.ascii;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tangentlab.web.RawHttp.Answer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed requests: a table of route x payload x role with the status each must
 * get, and a seeded, bounded random pass over every route of the README's tables that fails on
 * any 5xx, any stack trace or Java class name in an answer, another user's data, or heap growth.
 */
class WebFuzzTest {
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    /** Random requests per run, and the wall-clock budget that stops the pass earlier on a loaded machine. */
    private static final int RANDOM_REQUESTS = 500;
    private static final Duration RANDOM_BUDGET = Duration.ofSeconds(90);
    /**
     * Heap growth allowed over the random pass. Every request is answered and forgotten; what
     * legitimately stays is a few created accounts, drafts and settings rows in the in-memory
     * database, Jetty's and H2's caches, and JIT data: a few MB. A request body kept per request
     * (500 x up to 256 KiB) would be over 100 MB.
     */
    private static final long HEAP_TOLERANCE_BYTES = 48L << 20;
    /** What no answer may hold: a stack frame. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\tat |\\bat (java|com|org|io|jdk)\\.\\w");
    /**
     * What no error may hold: a Java class or package name. (Grades may name a JDK exception the
     * student's code threw, and theory pages are free text, so answers of 2xx are not held to it.)
     */
    private static final Pattern CLASS_NAME = Pattern.compile("com\\.tangentlab|java\\.|jakarta\\.|org\\.eclipse|"
            + "com\\.fasterxml|io\\.javalin|kotlin\\.|Exception\\b|\\w\\$[A-Z][A-Za-z]+");
    private static final Pattern ROUTE = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (/[^` ]*)`", Pattern.MULTILINE);

    enum Role { ANONYMOUS, STUDENT, INSTRUCTOR }

    private static WebFixture server;
    /** What a request needs to act as a signed-in user. */
    private record Session(String cookie, String csrf) {}

    private static final Map<Role, Session> SESSIONS = new EnumMap<>(Role.class);
    /** Planted in bob's draft and submission: no answer to anyone else may contain it. */
    private static final String BOBS_SECRET = "bobs-secret-" + UUID.randomUUID();

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(web -> web);
        SESSIONS.put(Role.STUDENT, signIn("alice"));
        SESSIONS.put(Role.INSTRUCTOR, signIn("instructor"));
        WebFixture.Client bob = server.signedIn("bob");
        assertEquals(200, bob.put("/api/exercises/newton-step/draft", WebFixture.Client.code("// " + BOBS_SECRET)).status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One probe: who sends what where, and the status it must get. */
    record Probe(String why, String method, String path, Role role, String contentType, String body, int status) {
        @Override
        public String toString() {
            return why + ": " + method + " " + path + " as " + role + " -> " + status;
        }
    }

    private static final String BOUNDARY = "fuzz-boundary";
    private static final String ROSTER_PART = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"roster\";"
            + " filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\nzed,Zed,zeds-password\n";

    static List<Probe> probes() {
        String settings = "{\"gradingPolicy\":\"best\",\"latePolicy\":\"penalty\",\"penaltyPercentPerDay\":%s,"
                + "\"deadlines\":{\"newton-step\":%s}}";
        List<Probe> table = new ArrayList<>();
        for (Role role : Role.values()) {
            table.add(new Probe("%u escape in an id", "GET", "/api/exercises/%u002e", role, null, null, 400));
            table.add(new Probe("%u escape in a number", "GET", "/api/submissions/%u002e", role, null, null, 400));
            table.add(new Probe("%u escape in a name", "GET", "/api/instructor/students/%u002e%u002e", role, null, null, 400));
            table.add(new Probe("%u escape in a section", "POST", "/api/sections/%u002e/views", role, JSON, "", 400));
            table.add(new Probe("dot segment", "GET", "/api/./instructor/users", role, null, null, 400));
            table.add(new Probe("dot-dot segment", "GET", "/api/../pom.xml", role, null, null, 400));
            table.add(new Probe("encoded dot-dot", "GET", "/a/%2e%2e/index.html", role, null, null, 400));
            table.add(new Probe("a file as a folder", "GET", "/index.html/", role, null, null, 400));
        }
        table.add(new Probe("encoded separators reach the route as an id", "GET", "/api/exercises/..%2f..%2fpom.xml",
                Role.STUDENT, null, null, 404));
        table.add(new Probe("number too large for an id", "GET", "/api/submissions/99999999999999999999", Role.STUDENT,
                null, null, 400));
        table.add(new Probe("HEAD as GET, anonymous", "HEAD", "/api/instructor/users", Role.ANONYMOUS, null, null, 401));
        table.add(new Probe("HEAD as GET, student", "HEAD", "/api/instructor/users", Role.STUDENT, null, null, 403));
        table.add(new Probe("HEAD as GET, instructor", "HEAD", "/api/instructor/users", Role.INSTRUCTOR, null, null, 200));
        table.add(new Probe("HEAD of a student route", "HEAD", "/api/exercises", Role.STUDENT, null, null, 200));
        table.add(new Probe("login as text/plain (a cross-site form)", "POST", "/api/login", Role.ANONYMOUS,
                "text/plain", "{\"username\":\"alice\",\"password\":\"x\"}", 415));
        table.add(new Probe("login as a form", "POST", "/api/login", Role.ANONYMOUS,
                "application/x-www-form-urlencoded", "username=alice&password=x", 415));
        table.add(new Probe("trailing content", "POST", "/api/login", Role.ANONYMOUS, JSON,
                "{\"username\":\"alice\",\"password\":\"x\"}{\"username\":\"alice\"}", 400));
        table.add(new Probe("unknown field", "POST", "/api/login", Role.ANONYMOUS, JSON,
                "{\"username\":\"alice\",\"password\":\"x\",\"extra\":1}", 400));
        table.add(new Probe("a number for a string", "PUT", "/api/exercises/newton-step/draft", Role.STUDENT, JSON,
                "{\"code\": 42}", 400));
        table.add(new Probe("a boolean for a string", "POST", "/api/exercises/newton-step/run", Role.STUDENT, JSON,
                "{\"code\": true}", 400));
        table.add(new Probe("an array body", "PUT", "/api/exercises/newton-step/draft", Role.STUDENT, JSON, "[]", 400));
        table.add(new Probe("bytes that are not UTF-8", "PUT", "/api/exercises/newton-step/draft", Role.STUDENT, JSON,
                "{\"code\":\"\u00ff\"}", 400));
        table.add(new Probe("deadline beyond the last year", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("10", "\"+999999999-12-31T23:59:59-18:00\""), 400));
        table.add(new Probe("deadline before the first year", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("10", "\"-999999999-01-01T00:00:00+18:00\""), 400));
        table.add(new Probe("deadline as a number", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("10", "20260101"), 400));
        table.add(new Probe("absurd penalty", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("4.9e-324", "null"), 400));
        table.add(new Probe("penalty in hundredths", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("2.75", "null"), 200));
        table.add(new Probe("the smallest penalty", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("0.01", "null"), 200));
        table.add(new Probe("half the smallest penalty", "PUT", "/api/instructor/settings", Role.INSTRUCTOR, JSON,
                settings.formatted("0.005", "null"), 400));
        table.add(new Probe("deadline at the end of the last year", "PUT", "/api/instructor/settings", Role.INSTRUCTOR,
                JSON, settings.formatted("10", "\"9999-12-31T23:59:59Z\""), 200));
        table.add(new Probe("deadline a second after the last year", "PUT", "/api/instructor/settings",
                Role.INSTRUCTOR, JSON, settings.formatted("10", "\"+10000-01-01T00:00:00Z\""), 400));
        table.add(new Probe("deadline at the start of the first year", "PUT", "/api/instructor/settings",
                Role.INSTRUCTOR, JSON, settings.formatted("10", "\"2000-01-01T00:00:00Z\""), 200));
        table.add(new Probe("deadline a second before the first year", "PUT", "/api/instructor/settings",
                Role.INSTRUCTOR, JSON, settings.formatted("10", "\"1999-12-31T23:59:59Z\""), 400));
        table.add(new Probe("multipart without a boundary", "POST", "/api/instructor/roster", Role.INSTRUCTOR,
                "multipart/form-data", ROSTER_PART + "--" + BOUNDARY + "--\r\n", 400));
        table.add(new Probe("multipart cut short", "POST", "/api/instructor/roster", Role.INSTRUCTOR,
                "multipart/form-data; boundary=" + BOUNDARY, ROSTER_PART, 400));
        table.add(new Probe("NUL in a roster name", "POST", "/api/instructor/roster", Role.INSTRUCTOR, CSV,
                "nul-name,Null\u0000Name", 400));
        table.add(new Probe("roster with Excel's byte-order mark", "POST", "/api/instructor/roster", Role.INSTRUCTOR,
                CSV, "\uFEFFusername,display_name,password\r\nbom-student,\"Mark, Byte Order\",\r\n", 201));
        table.add(new Probe("roster as a student", "POST", "/api/instructor/roster", Role.STUDENT, CSV, "x,X", 403));
        table.add(new Probe("bad similarity threshold", "GET", "/api/instructor/similarity/newton-step?threshold=abc",
                Role.INSTRUCTOR, null, null, 400));
        table.add(new Probe("bad submissions limit", "GET", "/api/instructor/submissions?limit=-1", Role.INSTRUCTOR,
                null, null, 400));
        table.add(new Probe("bad diff ids", "GET", "/api/instructor/diff?from=x&to=%00", Role.INSTRUCTOR, null, null, 400));
        return table;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void eachProbeGetsItsStatusAndAPlainJsonError(Probe probe) throws Exception {
        Answer r = send(SESSIONS.get(probe.role()), probe.method(), probe.path(), probe.contentType(),
                probe.body() == null ? null : probe.body().getBytes(probe.why().contains("UTF-8")
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        assertEquals(probe.status(), r.status(), probe + ": " + r.body());
        assertNoLeak(probe.toString(), r);
        if (probe.status() >= 400 && !probe.method().equals("HEAD")) {
            requireJsonError(probe.toString(), r.body());
        }
    }

    @Test
    void unknownFieldsAreNamedWithoutTheRecordThatWouldHoldThem() throws Exception {
        Answer r = send(null, "POST", "/api/login", JSON,
                ascii("{\"username\":\"alice\",\"password\":\"x\",\"extra\":1}"));
        assertEquals("{\"error\":\"malformed JSON body: unknown field 'extra'\"}", r.body());
    }

    @Test
    void aQuotedRosterNameWithACommaIsKeptWhole() throws Exception {
        Answer r = send(SESSIONS.get(Role.INSTRUCTOR), "POST", "/api/instructor/roster", CSV,
                ascii("comma-student,\"Lovelace, Ada\",ada-password"));
        assertEquals(201, r.status(), r.body());
        assertTrue(r.body().contains("\"displayName\":\"Lovelace, Ada\""), r.body());
    }

    @Test
    void aBadChunkSizeIs400() throws Exception {
        Answer r = RawHttp.exchange(server.platform.port(), "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                ascii("zz\r\n{}\r\n0\r\n\r\n"));
        assertEquals(400, r.status(), r.body());
        assertNoLeak("bad chunk size", r);
    }

    @Test
    void aBodyThatStopsPartWayIs400() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.platform.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"username\":"));
            out.flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertNoMatch("body cut short", CLASS_NAME, answer);
        }
    }

    @Test
    void aSeededRandomPassOverEveryRouteFindsNoServerFaultLeakOrGrowth() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("WebFuzzTest random pass seed: " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        List<String[]> routes = readmeRoutes();
        assertTrue(routes.size() >= 35, "the README's route tables: " + routes.size());
        Random random = new Random(seed);
        RandomRequests requests = new RandomRequests(random);
        long heapBefore = usedHeapAfterGc();
        long deadline = System.nanoTime() + RANDOM_BUDGET.toNanos();
        int sent = 0;
        for (; sent < RANDOM_REQUESTS && System.nanoTime() < deadline; sent++) {
            String[] route = routes.get(random.nextInt(routes.size()));
            Role role = Role.values()[random.nextInt(Role.values().length)];
            String path = requests.path(route[1]);
            String type = requests.contentType();
            byte[] body = route[0].equals("GET") ? null : requests.body();
            String what = "seed " + seed + ", request " + sent + ": " + route[0] + " " + path + " as " + role;
            Answer r = send(SESSIONS.get(role), route[0], path, type, body);
            assertTrue(r.status() < 500, what + " gave " + r.status() + ": " + r.body());
            assertNoLeak(what, r);
            if (role != Role.INSTRUCTOR) assertFalse(r.body().contains(BOBS_SECRET), what + " showed bob's draft");
            if (route[1].equals("/api/logout") && r.status() == 200) {
                SESSIONS.put(role, signIn(role == Role.STUDENT ? "alice" : "instructor"));
            }
        }
        long growth = usedHeapAfterGc() - heapBefore;
        System.out.println("WebFuzzTest random pass: " + sent + " requests, heap growth " + (growth >> 20) + " MB");
        assertTrue(growth < HEAP_TOLERANCE_BYTES, "the heap grew by " + (growth >> 20) + " MB over " + sent + " requests");
    }

    /** Method and path of every row of the README's route tables. */
    private static List<String[]> readmeRoutes() throws IOException {
        Matcher m = ROUTE.matcher(Files.readString(Path.of("README.md")));
        List<String[]> routes = new ArrayList<>();
        while (m.find()) routes.add(new String[] {m.group(1), m.group(2)});
        return routes;
    }

    /** Exactly {@code {"error": "..."}} with some words in it. */
    private static void requireJsonError(String what, String body) throws IOException {
        com.fasterxml.jackson.databind.JsonNode json = WebFixture.JSON.readTree(body);
        assertTrue(json != null && json.isObject() && json.size() == 1 && json.path("error").isTextual()
                && !json.get("error").asText().isBlank(), what + " is not a JSON error: " + body);
    }

    private static void assertNoLeak(String what, Answer answer) {
        assertNoMatch(what, STACK_FRAME, answer.body());
        if (answer.status() >= 400) assertNoMatch(what, CLASS_NAME, answer.body());
    }

    private static void assertNoMatch(String what, Pattern pattern, String body) {
        Matcher leak = pattern.matcher(body);
        if (leak.find()) {
            fail(what + " leaks '" + body.substring(Math.max(0, leak.start() - 40),
                    Math.min(body.length(), leak.end() + 40)) + "'");
        }
    }

    /** Written byte for byte, so that paths a URI parser would refuse reach the server as they are. */
    private static Answer send(Session session, String method, String path, String type, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close");
        if (session != null) head.append("\r\nCookie: ").append(session.cookie()).append("\r\nX-CSRF-Token: ")
                .append(session.csrf());
        if (type != null) head.append("\r\nContent-Type: ").append(type);
        if (body != null) head.append("\r\nContent-Length: ").append(body.length);
        return body == null ? RawHttp.exchange(server.platform.port(), head.toString())
                : RawHttp.exchange(server.platform.port(), head.toString(), body);
    }

    private static Session signIn(String username) throws Exception {
        WebFixture.Client client = server.client();
        WebFixture.Response r = client.login(username, server.password(username));
        assertEquals(200, r.status(), r.toString());
        return new Session(r.header("Set-Cookie").split(";")[0], client.csrf);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

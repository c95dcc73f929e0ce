package com.tangentlab.web;

import static com.tangentlab.web.RawHttp.ascii;
import static com.tangentlab.web.RawHttp.chunk;
import static com.tangentlab.web.RawHttp.lastChunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.web.RawHttp.Answer;
import com.tangentlab.web.WebFixture.Response;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request-size limit for every body, chunked or not, multipart included, sent byte for byte. */
class WebLimitsTest {
    private static final int LIMIT = 256 * 1024;
    private static final int MB = 1 << 20;
    private static WebFixture server;
    private static Signed alice;
    private static Signed instructor;

    /** What a raw request needs to act as a signed-in user. */
    private record Signed(String cookie, String csrf) {
        String headers() {
            return "Cookie: " + cookie + "\r\nX-CSRF-Token: " + csrf;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = WebFixture.start(web -> web);
        alice = signIn("alice");
        instructor = signIn("instructor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Signed signIn(String username) throws Exception {
        WebFixture.Client client = server.client();
        Response r = client.login(username, server.password(username));
        return new Signed(r.header("Set-Cookie").split(";")[0], client.csrf);
    }

    private static Answer chunked(String method, String path, String type, Signed who, byte[]... parts)
            throws Exception {
        String auth = who == null ? "" : "\r\n" + who.headers();
        return RawHttp.exchange(server.platform.port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked" + auth, parts);
    }

    /** A login body of exactly {@code bytes} bytes: valid JSON padded with spaces. */
    private static byte[] loginOfSize(int bytes) {
        byte[] json = ascii("{\"username\":\"nobody\",\"password\":\"wrong-password\"}");
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);
        return body;
    }

    /** The body in chunks of 64 KiB, ended by the last chunk or left open. */
    private static byte[][] chunksOf(byte[] body, boolean finished) {
        int size = 64 * 1024;
        int count = (body.length + size - 1) / size;
        byte[][] parts = new byte[count + (finished ? 1 : 0)][];
        for (int i = 0; i < count; i++) {
            parts[i] = chunk(Arrays.copyOfRange(body, i * size, Math.min(body.length, (i + 1) * size)));
        }
        if (finished) parts[count] = lastChunk();
        return parts;
    }

    @Test
    void aChunkedBodyOfExactlyTheLimitIsReadAndOneByteMoreIs413() throws Exception {
        Answer atLimit = chunked("POST", "/api/login", "application/json", null, chunksOf(loginOfSize(LIMIT), true));
        assertEquals(401, atLimit.status(), "N bytes are read and the login refused: " + atLimit.body());
        Answer over = chunked("POST", "/api/login", "application/json", null, chunksOf(loginOfSize(LIMIT + 1), true));
        assertEquals(413, over.status(), over.body());
        assertTrue(over.body().contains("\"error\":\"the request body is larger than the limit of 262144 bytes\""),
                over.body());
    }

    @Test
    void aChunkedBodyIsRefusedWhileItIsStillBeingSent() throws Exception {
        // The last chunk is never sent: a server that read to the end would never answer.
        Answer r = chunked("POST", "/api/login", "application/json", null, chunksOf(loginOfSize(LIMIT + 1), false));
        assertEquals(413, r.status(), r.body());
    }

    @Test
    void aFiveMegabyteChunkedDraftIsRefusedAndNotStored() throws Exception {
        String before = server.signedIn("alice").get("/api/exercises/newton-step/draft").json().get("code").asText();
        byte[] draft = ascii("{\"code\":\"" + "x".repeat(5 * MB) + "\"}");
        Answer r = chunked("PUT", "/api/exercises/newton-step/draft", "application/json", alice, chunksOf(draft, true));
        assertEquals(413, r.status(), r.body());
        assertEquals(before, server.signedIn("alice").get("/api/exercises/newton-step/draft").json().get("code").asText());
    }

    @Test
    void aThreeMegabyteChunkedSubmissionIsRefusedAndNotStored() throws Exception {
        byte[] code = ascii("{\"code\":\"" + "y".repeat(3 * MB) + "\"}");
        Answer r = chunked("POST", "/api/exercises/chain-rule/submissions", "application/json", alice,
                chunksOf(code, true));
        assertEquals(413, r.status(), r.body());
        Response mine = server.signedIn("alice").get("/api/exercises/chain-rule/submissions");
        assertEquals(0, mine.json().get("attempts").size(), mine.toString());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        // Jetty starts on a request once some of its body has come: the first kilobyte, then nothing.
        Answer r = RawHttp.exchange(server.platform.port(), "PUT /api/exercises/newton-step/draft HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
                + (LIMIT + 1) + "\r\n" + alice.headers(), Arrays.copyOf(loginOfSize(LIMIT), 1024));
        assertEquals(413, r.status(), r.body());
        assertTrue(r.body().contains("larger than the limit"), r.body());
    }

    @Test
    void multipartRostersOverTheLimitAreRefusedChunkedOrNot() throws Exception {
        String boundary = "roster-boundary";
        String type = "multipart/form-data; boundary=" + boundary;
        byte[] head = ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"roster\"; "
                + "filename=\"class.csv\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] lines = ascii("student,A Student,secret-password\n".repeat(5 * MB / 34));
        byte[] tail = ascii("\r\n--" + boundary + "--\r\n");
        byte[] form = new byte[head.length + lines.length + tail.length];
        System.arraycopy(head, 0, form, 0, head.length);
        System.arraycopy(lines, 0, form, head.length, lines.length);
        System.arraycopy(tail, 0, form, head.length + lines.length, tail.length);

        Answer streamed = chunked("POST", "/api/instructor/roster", type, instructor, chunksOf(form, true));
        assertEquals(413, streamed.status(), streamed.body());

        Answer declared = RawHttp.exchange(server.platform.port(), "POST /api/instructor/roster HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + type + "\r\nContent-Length: "
                + (40 * MB) + "\r\n" + instructor.headers(), head);
        assertEquals(413, declared.status(), declared.body());
        Response users = server.signedIn("instructor").get("/api/instructor/users");
        assertFalse(users.raw().body().contains("\"username\":\"student\""), "no account was created");
    }
}

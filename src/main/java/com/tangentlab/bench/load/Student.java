package com.tangentlab.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One simulated student, over HTTP as the pages do it: signs in, opens an exercise's section page, submits,
 * polls until graded, and reads the attempts. Every request is timed into a {@link Recorder}.
 */
final class Student {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Far beyond any exercise's time limit and queue wait; a grade later than this is a problem. */
    private static final Duration GRADE_LIMIT = Duration.ofMinutes(10);
    private static final int HTTP_OK = 200;
    private static final int HTTP_ACCEPTED = 202;
    private static final int HTTP_BUSY = 429;
    private static final long DEFAULT_RETRY_SECONDS = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI site;
    private final String username;
    private final String password;
    private final Duration pollEvery;
    private String cookie;
    private String csrfToken;

    Student(HttpClient http, URI site, String username, String password, Duration pollEvery) {
        this.http = http;
        this.site = site;
        this.username = username;
        this.password = password;
        this.pollEvery = pollEvery;
    }

    void signIn() throws IOException, InterruptedException {
        HttpResponse<String> r = send(json("/api/login", Map.of("username", username, "password", password)));
        expect(r, HTTP_OK, "sign-in of " + username);
        cookie = r.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0])
                .orElseThrow(() -> new IllegalStateException("sign-in of " + username + " set no cookie"));
        csrfToken = JSON.readTree(r.body()).path("csrfToken").asText();
    }

    /** One submission as a student makes it; what went wrong is recorded, never thrown. */
    void attempt(Task task, Recorder recorder) {
        try {
            openPage(task, recorder);
            long sent = System.nanoTime();
            long id = submit(task, recorder);
            JsonNode done = awaitGrade(id, sent, recorder);
            long seen = System.nanoTime() - sent;
            if (!"done".equals(done.path("progress").asText())) {
                recorder.problem("submission " + id + " (" + task.exerciseId() + ") ended " + done.path("progress")
                        .asText() + ": " + done.path("failure").asText());
                return;
            }
            JsonNode grade = done.path("grade");
            String status = grade.path("status").asText();
            double score = grade.path("score").asDouble();
            boolean declared = task.expects(status, score);
            recorder.graded(seen, declared);
            if (!declared) {
                recorder.problem("submission " + id + " (" + task.exerciseId() + ") got " + status + " " + score
                        + " where its sample declares " + task.expectedStatus() + " " + task.expectedScore() + ": "
                        + grade.path("message").asText());
            }
            readAttempts(task, recorder);
        } catch (IOException | RuntimeException e) {
            recorder.problem(username + " on " + task.exerciseId() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The requests the section page makes when it opens (its figures aside). */
    private void openPage(Task task, Recorder recorder) throws IOException, InterruptedException {
        String exercise = "/api/exercises/" + encode(task.exerciseId());
        for (String path : new String[] {"/api/me", "/api/sections/" + encode(task.sectionPage()), exercise,
                exercise + "/draft"}) {
            timedGet(path, recorder);
        }
    }

    private long submit(Task task, Recorder recorder) throws IOException, InterruptedException {
        String path = "/api/exercises/" + encode(task.exerciseId()) + "/submissions";
        for (;;) {
            HttpResponse<String> r = send(json(path, Map.of("code", task.code())));
            if (r.statusCode() != HTTP_BUSY) {
                expect(r, HTTP_ACCEPTED, "submission of " + task.exerciseId());
                return JSON.readTree(r.body()).path("id").asLong();
            }
            recorder.busy();
            long wait = r.headers().firstValueAsLong("Retry-After").orElse(DEFAULT_RETRY_SECONDS);
            Thread.sleep(Duration.ofSeconds(Math.max(1, wait)).toMillis());
        }
    }

    private JsonNode awaitGrade(long id, long sent, Recorder recorder) throws IOException, InterruptedException {
        for (;;) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(get("/api/submissions/" + id));
            recorder.poll(System.nanoTime() - start);
            expect(r, HTTP_OK, "poll of submission " + id);
            JsonNode s = JSON.readTree(r.body());
            String progress = s.path("progress").asText();
            if (progress.equals("done") || progress.equals("failed")) return s;
            if (System.nanoTime() - sent > GRADE_LIMIT.toNanos()) {
                throw new IllegalStateException("submission " + id + " still " + progress + " after " + GRADE_LIMIT);
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }

    private void readAttempts(Task task, Recorder recorder) throws IOException, InterruptedException {
        timedGet("/api/exercises/" + encode(task.exerciseId()) + "/submissions", recorder);
    }

    private void timedGet(String path, Recorder recorder) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = send(get(path));
        recorder.page(System.nanoTime() - start);
        expect(r, HTTP_OK, "GET " + path);
    }

    private HttpRequest get(String path) {
        return signedIn(HttpRequest.newBuilder(site.resolve(path)).GET()).build();
    }

    private HttpRequest json(String path, Map<String, String> body) throws IOException {
        return signedIn(HttpRequest.newBuilder(site.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))).build();
    }

    private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        request.timeout(REQUEST_TIMEOUT);
        if (cookie != null) request.header("Cookie", cookie).header("X-CSRF-Token", csrfToken);
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " got " + r.statusCode() + ": " + r.body());
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

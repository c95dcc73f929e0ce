package com.tangentlab.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A simulated student speaking HTTP to whichever web node it is given: its session cookie and CSRF token
 * come from one node and are sent to any other, as a load balancer would.
 */
final class Student {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String username;
    private String cookie;
    private String csrf;

    Student(String username) {
        this.username = username;
    }

    void signIn(int port, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = send(port, HttpRequest.newBuilder().POST(json(Map.of("username", username,
                "password", password))), "/api/login");
        if (r.statusCode() != 200) throw new AssertionError(username + " cannot sign in: " + r.statusCode() + r.body());
        cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        csrf = JSON.readTree(r.body()).get("csrfToken").asText();
    }

    /** The submission's id when accepted (202); fails the test on any other answer. */
    long submit(int port, String exercise, String code) throws IOException, InterruptedException {
        HttpResponse<String> r = send(port, HttpRequest.newBuilder().POST(json(Map.of("code", code))),
                "/api/exercises/" + exercise + "/submissions");
        if (r.statusCode() != 202) throw new AssertionError(username + " was refused: " + r.statusCode() + r.body());
        return JSON.readTree(r.body()).get("id").asLong();
    }

    JsonNode submission(int port, long id) throws IOException, InterruptedException {
        HttpResponse<String> r = send(port, HttpRequest.newBuilder().GET(), "/api/submissions/" + id);
        if (r.statusCode() != 200) throw new AssertionError(username + " cannot read " + id + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request, String path)
            throws IOException, InterruptedException {
        request.uri(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json");
        if (cookie != null) request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.BodyPublisher json(Map<String, String> body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }
}

package com.tangentlab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tangentlab.account.NewAccount;
import com.tangentlab.app.WebPlatform;
import com.tangentlab.config.Settings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A real server on a free port over a fresh in-memory database, with the real judge and sandbox. */
final class WebFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final WebPlatform platform;
    final String databaseUrl;

    private WebFixture(WebPlatform platform, String databaseUrl) {
        this.platform = platform;
        this.databaseUrl = databaseUrl;
    }

    static String freshDatabaseUrl() {
        return "jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static WebFixture start(UnaryOperator<Settings.Web> web) {
        return start(freshDatabaseUrl(), web);
    }

    static WebFixture start(String databaseUrl, UnaryOperator<Settings.Web> web) {
        Settings settings = Settings.from(System.getenv()).withDatabaseUrl(databaseUrl);
        settings = settings.withWeb(web.apply(settings.web().withPort(0).withHost("127.0.0.1")
                .withSubmissionsPerMinute(100)));
        return new WebFixture(WebPlatform.start(settings), databaseUrl);
    }

    /** A server over the exercises in {@code exercisesDir} instead of the project's own. */
    static WebFixture startWithExercises(String databaseUrl, Path exercisesDir) {
        Settings settings = Settings.from(System.getenv()).withDatabaseUrl(databaseUrl).withExercisesDir(exercisesDir);
        settings = settings.withWeb(settings.web().withPort(0).withHost("127.0.0.1").withSubmissionsPerMinute(100));
        return new WebFixture(WebPlatform.start(settings), databaseUrl);
    }

    /** A server whose data folder (where the demo class writes its graded folder) is {@code dataDir}. */
    static WebFixture startWithDataDir(String databaseUrl, Path dataDir) {
        Settings settings = Settings.from(System.getenv()).withDatabaseUrl(databaseUrl).withDataDir(dataDir);
        settings = settings.withWeb(settings.web().withPort(0).withHost("127.0.0.1").withSubmissionsPerMinute(100));
        return new WebFixture(WebPlatform.start(settings), databaseUrl);
    }

    String password(String username) {
        return platform.demoAccountsCreated().stream().filter(a -> a.user().username().equals(username))
                .map(NewAccount::password).findFirst().orElseThrow();
    }

    Client client() {
        return new Client(platform.port());
    }

    /** A signed-in client of a demo account. */
    Client signedIn(String username) throws IOException, InterruptedException {
        Client c = client();
        Response r = c.login(username, password(username));
        if (r.status() != 200) throw new AssertionError("cannot sign in " + username + ": " + r);
        return c;
    }

    static String sample(String file) throws IOException {
        return Files.readString(Path.of("reference/samples/softmax-jacobian", file));
    }

    @Override
    public void close() {
        platform.close();
    }

    record Response(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** A browser-like client: keeps its cookies, and sends the CSRF token once it has one. */
    static final class Client {
        private final HttpClient http;
        private final String base;
        String csrf;

        Client(int port) {
            this(HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                    .build(), port, null);
        }

        private Client(HttpClient http, int port, String csrf) {
            this.http = http;
            this.base = "http://127.0.0.1:" + port;
            this.csrf = csrf;
        }

        /** The same browser, with its cookies and CSRF token, talking to another node of the same site. */
        Client to(WebFixture node) {
            return new Client(http, node.platform.port(), csrf);
        }

        Response login(String username, String password) throws IOException, InterruptedException {
            Response r = post("/api/login", Map.of("username", username, "password", password));
            if (r.status() == 200) csrf = r.json().get("csrfToken").asText();
            return r;
        }

        Response get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        Response post(String path, Object body) throws IOException, InterruptedException {
            return postRaw(path, JSON.writeValueAsString(body), "application/json");
        }

        Response put(String path, Object body) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        }

        Response delete(String path) throws IOException, InterruptedException {
            return send(request(path).DELETE());
        }

        Response postRaw(String path, String body, String contentType) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Polls a submission until it is graded. */
        Response awaitGraded(long id) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                Response r = get("/api/submissions/" + id);
                if (r.status() != 200) throw new AssertionError("polling submission " + id + ": " + r);
                if (r.json().get("progress").asText().equals("done")) return r;
                Thread.sleep(100);
            }
            throw new AssertionError("submission " + id + " was not graded within 60 s");
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (csrf != null) b.header("X-CSRF-Token", csrf);
            return b;
        }

        Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r, json);
        }

        /** The raw path, sent without any normalisation, for path traversal attempts. */
        Response getRaw(String rawPath) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + rawPath)).GET());
        }

        static Map<String, Object> code(String code) {
            Map<String, Object> body = new HashMap<>();
            body.put("code", code);
            return body;
        }
    }
}

package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.account.NewAccount;
import com.tangentlab.app.WebPlatform;
import com.tangentlab.config.Settings;
import com.tangentlab.web.WebFixture.Client;
import com.tangentlab.web.WebFixture.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that names no folder of its own runs on the chapter packaged in the jar, unpacked
 * beside its hidden samples, and still serves the pages alone; behind an https address its
 * session cookie is Secure.
 */
class WebPackagedChapterTest {
    @TempDir
    static Path data;

    private static WebPlatform platform;

    @BeforeAll
    static void start() {
        Settings settings = Settings.from(System.getenv()).withDataDir(data)
                .withDatabaseUrl(WebFixture.freshDatabaseUrl()).withExercisesDir(null).withSamplesDir(null);
        settings = settings.withWeb(settings.web().withStaticDir(null).withPort(0).withHost("127.0.0.1")
                .withPublicUrl("https://tangentlab.example"));
        platform = WebPlatform.start(settings);
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
    }

    @Test
    void thePagesAndTheChapterComeFromThePackagedCopy() throws Exception {
        Path packaged = onlyChild(data.resolve("chapter"));
        Client c = new Client(platform.port());
        Response index = c.getRaw("/");
        assertEquals(200, index.status());
        assertEquals(Files.readString(packaged.resolve("web/index.html")), index.raw().body());

        String session = sessionCookie(c, "alice");
        Response section = getWith(c, session, "/api/sections/3");
        assertEquals(200, section.status(), section.toString());
        assertTrue(section.json().get("theory").asText().contains("softmax"), "the packaged theory page");
        Response exercise = getWith(c, session, "/api/exercises/softmax-jacobian");
        assertEquals(200, exercise.status(), exercise.toString());
        assertEquals(Files.readString(packaged.resolve("exercises/softmax-jacobian/starter.jsh")),
                exercise.json().get("starter").asText());
    }

    @Test
    void theHiddenSamplesBesideThePagesAreNeverServed() throws Exception {
        Path packaged = onlyChild(data.resolve("chapter"));
        String correct = "reference/samples/softmax-jacobian/correct.jsh";
        assertTrue(Files.isRegularFile(packaged.resolve(correct)), "the samples are unpacked beside web/");
        Client c = new Client(platform.port());
        List<String> attempts = List.of(
                "/" + correct,
                "/../" + correct,
                "/%2e%2e/" + correct,
                "/..%2f" + correct.replace("/", "%2f"),
                "/index.html/../../" + correct,
                "/chapter/" + correct,
                "/exercises/softmax-jacobian/exercise.yaml",
                "/../exercises/softmax-jacobian/exercise.yaml",
                // The libraries come from the class path, where the packaged chapter also is.
                "/webjars/../../chapter/" + correct,
                "/webjars/%2e%2e/%2e%2e/chapter/" + correct,
                "/webjars/..%2f..%2fchapter%2f" + correct.replace("/", "%2f"),
                "/webjars/katex/0.16.4/../../../../chapter/exercises/softmax-jacobian/exercise.yaml");
        for (String path : attempts) {
            Response r = c.getRaw(path);
            assertTrue(r.status() == 404 || r.status() == 400, path + " gave " + r.status());
            assertFalse(r.raw().body().contains("softmaxJacobian"), path + " served a sample");
            assertFalse(r.raw().body().contains("misconceptions"), path + " served exercise.yaml");
        }
    }

    @Test
    void behindAnHttpsAddressTheSessionCookieIsSecure() throws Exception {
        Response r = new Client(platform.port()).login("alice", password("alice"));
        assertEquals(200, r.status(), r.toString());
        List<String> attributes = Stream.of(r.header("Set-Cookie").split(";"))
                .map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
        assertTrue(attributes.containsAll(List.of("secure", "httponly", "samesite=strict")), attributes.toString());
    }

    /** The session cookie, sent by hand: being Secure, it is one the client keeps for https alone. */
    private static String sessionCookie(Client c, String username) throws Exception {
        Response r = c.login(username, password(username));
        assertEquals(200, r.status(), r.toString());
        return r.header("Set-Cookie").split(";")[0];
    }

    private static Response getWith(Client c, String cookie, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + path))
                .header("Cookie", cookie).GET());
    }

    private static String password(String username) {
        return platform.demoAccountsCreated().stream().filter(a -> a.user().username().equals(username))
                .map(NewAccount::password).findFirst().orElseThrow();
    }

    private static Path onlyChild(Path folder) throws Exception {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            assertEquals(1, all.size(), "one unpacked chapter: " + all);
            return all.get(0);
        }
    }
}

package com.tangentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command started in a fresh process from an empty folder, with none of the project's
 * folders named, as a user who downloaded the jar would: it serves the chapter and grades a
 * folder from the copy packaged with it, and keeps its data in systemd's state folder.
 */
class RunsFromAnywhereTest {
    /** A cold JVM, the sandbox probe and the first agents, on a machine other work shares. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
    private static final Pattern RUNNING = Pattern.compile("running at http://localhost:(\\d+)/");
    private static final Pattern ALICE = Pattern.compile("^\\s+\\S+\\s+alice\\s+password: (\\S+)$");
    /** What the sandbox needs from the caller's environment; the rest of it is left behind. */
    private static final List<String> PASSED_ON = List.of("PATH", "TANGENTLAB_SANDBOX_ROOT", "TANGENTLAB_SANDBOX_UID",
            "TANGENTLAB_ISOLATION");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path work;
    private Path state;

    @BeforeEach
    void emptyFolders() throws IOException {
        work = Files.createDirectories(temp.resolve("anywhere"));
        state = Files.createDirectories(temp.resolve("state"));
    }

    @Test
    void serveStartsFromAnEmptyFolderAndServesASectionAndAnExercise() throws Exception {
        Process serve = start("serve", "--port", "0", "--host", "127.0.0.1", "--no-demo-class");
        Drained err = new Drained(serve.getErrorStream());
        try {
            BlockingQueue<String> out = lines(serve.getInputStream());
            String alicePassword = null;
            int port = -1;
            long giveUp = System.nanoTime() + START_LIMIT.toNanos();
            while (port < 0 && System.nanoTime() < giveUp) {
                String line = out.poll(1, TimeUnit.SECONDS);
                if (line == null) continue;
                Matcher alice = ALICE.matcher(line);
                if (alice.find()) alicePassword = alice.group(1);
                Matcher running = RUNNING.matcher(line);
                if (running.find()) port = Integer.parseInt(running.group(1));
            }
            assertTrue(port > 0, "serve did not start: " + err);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + port;
            assertEquals(200, get(http, base + "/").statusCode(), "the sign-in page");

            // The demo accounts' passwords are printed after the address; give them a moment.
            while (alicePassword == null && System.nanoTime() < giveUp) {
                String line = out.poll(1, TimeUnit.SECONDS);
                Matcher alice = line == null ? null : ALICE.matcher(line);
                if (alice != null && alice.find()) alicePassword = alice.group(1);
            }
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("username", "alice", "password", String.valueOf(alicePassword))))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());

            JsonNode section = JSON.readTree(get(http, base + "/api/sections/3").body());
            assertTrue(section.get("theory").asText().contains("softmax"), section.toString());
            JsonNode exercise = JSON.readTree(get(http, base + "/api/exercises/softmax-jacobian").body());
            assertEquals(Files.readString(Path.of("exercises/softmax-jacobian/starter.jsh")),
                    exercise.get("starter").asText());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS), "serve did not stop");
        }
        String said = err.whole();
        assertTrue(said.contains("data folder: " + state), "says where its data is: " + said);
        assertTrue(said.contains("chapter: the copy packaged in the jar, unpacked in " + state), said);
        assertEquals(List.of(), list(work), "nothing is written into the folder it was started from");
    }

    @Test
    void gradeGradesAFolderFromThere() throws Exception {
        Path alice = Files.createDirectories(work.resolve("submissions/alice"));
        Files.copy(Path.of("reference/samples/softmax-jacobian/correct.jsh"), alice.resolve("softmax-jacobian.jsh"));

        Process grade = start("grade", "submissions", "--jobs", "1");
        Drained err = new Drained(grade.getErrorStream());
        String csv = new String(grade.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(grade.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS), "grade did not end");

        assertEquals(0, grade.exitValue(), err.whole());
        assertEquals(List.of("student,exercise,score,max_score,status,message",
                "alice,softmax-jacobian,10,10,graded,\"11 of 11 tests passed, 3 of 3 property checks held\""),
                csv.lines().toList());
        assertTrue(Files.isRegularFile(state.resolve("tangentlab.mv.db")), "the database is in the state folder");
        assertEquals(List.of(work.resolve("submissions")), list(work), "nothing else is written where it ran");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        PASSED_ON.forEach(name -> {
            if (System.getenv(name) != null) env.put(name, System.getenv(name));
        });
        env.put("HOME", temp.resolve("home").toString());
        // As systemd's StateDirectory= does: never the real home nor /var/lib, whoever runs the tests.
        env.put("STATE_DIRECTORY", state.toString());
        return builder.start();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static BlockingQueue<String> lines(InputStream stream) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException closed) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Everything a process writes on one stream, read as it comes so that the process never blocks. */
    private static final class Drained {
        private final StringBuilder text = new StringBuilder();
        private final Thread reader;

        Drained(InputStream stream) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    in.lines().forEach(line -> {
                        synchronized (text) {
                            text.append(line).append('\n');
                        }
                    });
                } catch (IOException | java.io.UncheckedIOException closed) {
                    // The process ended.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** What was written so far; all of it once the process has ended. */
        @Override
        public String toString() {
            synchronized (text) {
                return text.toString();
            }
        }

        /** All of it, once the process has ended and its stream closed. */
        String whole() throws InterruptedException {
            reader.join(STOP_LIMIT.toMillis());
            return toString();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}

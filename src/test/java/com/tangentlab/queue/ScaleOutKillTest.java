package com.tangentlab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.TestExercises;
import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.config.Settings;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.Database;
import com.tangentlab.store.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on one machine: two web nodes and two grading workers, each its own JVM, on one PostgreSQL. A
 * class submits over HTTP to both web nodes; one worker is killed with SIGKILL while it grades, then one web
 * node. Every accepted submission still ends with exactly one grade, right for its code, readable from the
 * surviving node; nothing is lost, and once the processes stop no agent is left.
 */
class ScaleOutKillTest {
    private static final int STUDENTS = 20;
    /** The first right answers spin this long before their tests, so the worker killed at its first claim is mid-grade. */
    private static final int SLOW_ANSWERS = 4;
    private static final long SPIN_NANOS = 1_500_000_000L;
    private static final String EXERCISE = "softmax-jacobian";
    private static final double FULL_MARKS = 10;
    private static final String PASSWORD = "student-pass-1";
    private static final int CHEAP_HASH_COST = 4;
    /** Sandbox uids per process: disjoint ranges, so that no two processes share an agent uid. */
    private static final int UIDS_PER_PROCESS = 20;
    /** Short, so that the killed worker's submission is claimed again soon. */
    private static final String LEASE_SECONDS = "5";
    private static final String HEAP = "-Xmx384m";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration FIRST_CLAIM = Duration.ofSeconds(60);
    private static final Duration GRADING = Duration.ofSeconds(240);
    private static final Duration STOP = Duration.ofSeconds(40);
    private static final Duration AGENTS_GONE = Duration.ofSeconds(20);
    private static final Pattern PORT = Pattern.compile("running at http://localhost:(\\d+)/");

    private final Settings base = Settings.from(System.getenv());
    private final List<NodeProcess> processes = new ArrayList<>();

    @TempDir
    Path work;

    /** What a student handed in, and the score it must get. */
    private record Expected(Student student, boolean right) {}

    @Test
    void killingAWorkerMidGradeThenAWebNodeLosesNothingAndGradesEverySubmissionOnce() throws Exception {
        String url = PostgresServer.createDatabase();
        try {
            List<Student> students = enrol(url);
            Path exercises = TestExercises.copyWithRoomyTimeLimit(work.resolve("exercises"));
            NodeProcess web1 = startWeb("web-1", 0, url, exercises);
            NodeProcess web2 = startWeb("web-2", 1, url, exercises);
            NodeProcess doomed = startWorker("worker-1", 2, url, exercises, 1);
            NodeProcess survivor = startWorker("worker-2", 3, url, exercises, 2);
            int[] web = {port(web1), port(web2)};
            String doomedOwner = owner(doomed);
            owner(survivor);

            Map<Long, Expected> accepted = new LinkedHashMap<>();
            submit(students.subList(0, SLOW_ANSWERS), web, accepted);
            doomed.awaitLine(l -> l.startsWith("claimed "), FIRST_CLAIM);
            doomed.kill();
            List<Long> orphaned = ungradedLeasedBy(url, doomedOwner);
            assertEquals(1, orphaned.size(), "the worker died holding the lease of the one it was grading");

            submit(students.subList(SLOW_ANSWERS, STUDENTS), web, accepted);
            web1.kill();

            awaitGraded(accepted, web[1]);
            assertEveryGradeRightAndSingle(url, accepted, web[1]);
            assertEquals(2, claims(url, orphaned.get(0)), "claimed by the killed worker, then by the other");
            assertEquals(accepted.size(), survivor.lines().stream().filter(l -> l.startsWith("graded submission"))
                    .count(), "the surviving worker graded every submission, the web-only nodes none");

            assertTrue(survivor.stop(STOP), "the worker stops on SIGTERM");
            assertTrue(survivor.lines().contains("stopped"), survivor.lines().toString());
            assertTrue(web2.stop(STOP), "the web node stops on SIGTERM");
            assertNoAgentLeft();
        } finally {
            for (NodeProcess p : processes) p.close();
            PostgresServer.dropDatabase(url);
        }
    }

    private List<Student> enrol(String url) {
        StringBuilder roster = new StringBuilder("username,display_name,password\n");
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String name = String.format("student%02d", i);
            roster.append(name).append(",Student ").append(i).append(',').append(PASSWORD).append('\n');
            students.add(new Student(name));
        }
        try (Database database = Database.open(url)) {
            Offerings offerings = new Offerings(database.dataSource(), Clock.systemUTC());
            new AccountService(database.dataSource(), new Passwords(CHEAP_HASH_COST), Clock.systemUTC(),
                    Duration.ofHours(1)).importRoster(roster.toString(), offerings.inAccountRole(offerings.first().id()));
        }
        return students;
    }

    /** Student i hands in through node i mod 2, a right answer when i/2 is even, else a wrong one. */
    private void submit(List<Student> students, int[] web, Map<Long, Expected> accepted) throws Exception {
        for (Student s : students) {
            int i = Integer.parseInt(s.username.substring("student".length()));
            int port = web[i % 2];
            boolean right = (i / 2) % 2 == 0 || i < SLOW_ANSWERS;
            s.signIn(port, PASSWORD);
            String code = i < SLOW_ANSWERS ? slow(sample("correct.jsh")) : sample(right ? "correct.jsh" : "diagonal-only.jsh");
            accepted.put(s.submit(port, EXERCISE, code), new Expected(s, right));
        }
    }

    private void awaitGraded(Map<Long, Expected> accepted, int port) throws Exception {
        long deadline = System.nanoTime() + GRADING.toNanos();
        for (Map.Entry<Long, Expected> e : accepted.entrySet()) {
            String progress = "";
            while (System.nanoTime() < deadline) {
                progress = e.getValue().student().submission(port, e.getKey()).get("progress").asText();
                if (progress.equals("done") || progress.equals("failed")) break;
                Thread.sleep(200);
            }
            assertEquals("done", progress, "submission " + e.getKey());
        }
    }

    private void assertEveryGradeRightAndSingle(String url, Map<Long, Expected> accepted, int port) throws Exception {
        for (Map.Entry<Long, Expected> e : accepted.entrySet()) {
            JsonNode grade = e.getValue().student().submission(port, e.getKey()).get("grade");
            double score = grade.get("score").asDouble();
            String which = "submission " + e.getKey() + " of " + e.getValue().student().username;
            if (e.getValue().right()) assertEquals(FULL_MARKS, score, which);
            else assertTrue(score < FULL_MARKS, which + " is wrong yet scored " + score);
            assertEquals(grade.get("tests").size(), testRows(url, e.getKey()), which + ": one grade's test rows");
        }
        assertEquals(accepted.size(), count(url, "SELECT COUNT(*) FROM submissions", null), "nothing extra");
        assertEquals(accepted.size(), count(url, "SELECT COUNT(*) FROM submissions WHERE status IS NOT NULL"
                + " AND failure IS NULL AND queued = FALSE AND lease_owner IS NULL", null), "every one graded once");
    }

    private NodeProcess startWeb(String name, int slot, String url, Path exercises) throws Exception {
        return start(name, slot, url, exercises, "serve", "--port", "0", "--host", "127.0.0.1", "--workers", "0",
                "--no-demo-class");
    }

    private static int port(NodeProcess web) throws InterruptedException {
        Matcher m = PORT.matcher(web.awaitLine(l -> PORT.matcher(l).find(), START));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    private NodeProcess startWorker(String name, int slot, String url, Path exercises, int jobs) throws Exception {
        return start(name, slot, url, exercises, "worker", "--jobs", String.valueOf(jobs));
    }

    private static String owner(NodeProcess worker) throws InterruptedException {
        return worker.awaitLine(l -> l.startsWith("worker "), START).split(" ")[1];
    }

    private NodeProcess start(String name, int slot, String url, Path exercises, String... command) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("TANGENTLAB_DATA_DIR", Files.createDirectories(work.resolve(name)).toString());
        env.put("TANGENTLAB_EXERCISES_DIR", exercises.toString());
        env.put("TANGENTLAB_SANDBOX_ROOT", sandboxRoot(name).toString());
        env.put("TANGENTLAB_SANDBOX_UID", String.valueOf(base.firstSandboxUid() + slot * UIDS_PER_PROCESS));
        env.put("TANGENTLAB_SANDBOX_UIDS", String.valueOf(UIDS_PER_PROCESS));
        env.put("TANGENTLAB_POOL_SIZE", "1");
        env.put("TANGENTLAB_LEASE_S", LEASE_SECONDS);
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db", url));
        NodeProcess p = NodeProcess.start(name, env, work.resolve(name + ".err"), HEAP, args.toArray(String[]::new));
        processes.add(p);
        return p;
    }

    private Path sandboxRoot(String name) {
        return Path.of(base.sandboxRoot() + "-scale-out", name);
    }

    /** No process left of the sandbox uids these processes used, nor any started from their sandbox folders. */
    private void assertNoAgentLeft() throws Exception {
        int first = base.firstSandboxUid();
        int last = first + 4 * UIDS_PER_PROCESS;
        String roots = Path.of(base.sandboxRoot() + "-scale-out").toString();
        long deadline = System.nanoTime() + AGENTS_GONE.toNanos();
        List<String> left = leftOver(first, last, roots);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            left = leftOver(first, last, roots);
        }
        assertEquals(List.of(), left, "agent processes left over");
    }

    private static List<String> leftOver(int firstUid, int lastUid, String roots) throws IOException {
        List<String> left = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    int uid = realUid(proc);
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if ((uid >= firstUid && uid < lastUid) || cmdline.contains(roots)) {
                        left.add(proc.getFileName() + " uid " + uid + ": " + cmdline);
                    }
                } catch (IOException gone) {
                    // The process ended while it was read: it is not left over.
                }
            }
        }
        return left;
    }

    private static int realUid(Path proc) throws IOException {
        for (String line : Files.readAllLines(proc.resolve("status"))) {
            if (line.startsWith("Uid:")) return Integer.parseInt(line.split("\\s+")[1]);
        }
        throw new IOException("no Uid line in " + proc);
    }

    private static String sample(String file) throws IOException {
        return Files.readString(Path.of("reference", "samples", EXERCISE, file));
    }

    /** A right answer that first spins on the clock, so that grading it takes a while. */
    private static String slow(String code) {
        return code + "\nlong spinStart = System.nanoTime();\nwhile (System.nanoTime() - spinStart < " + SPIN_NANOS
                + "L) { }\n";
    }

    private static List<Long> ungradedLeasedBy(String url, String owner) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement select = c.prepareStatement(
                        "SELECT id FROM submissions WHERE lease_owner = ? AND status IS NULL")) {
            select.setString(1, owner);
            try (ResultSet r = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (r.next()) ids.add(r.getLong(1));
                return ids;
            }
        }
    }

    private static int testRows(String url, long id) throws SQLException {
        return count(url, "SELECT COUNT(*) FROM test_results WHERE submission_id = ?", id);
    }

    private static int claims(String url, long id) throws SQLException {
        return count(url, "SELECT claims FROM submissions WHERE id = ?", id);
    }

    private static int count(String url, String sql, Long id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement select = c.prepareStatement(sql)) {
            if (id != null) select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}

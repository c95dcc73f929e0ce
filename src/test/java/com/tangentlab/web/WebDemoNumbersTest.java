package com.tangentlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tangentlab.TestExercises;
import com.tangentlab.store.Database;
import com.tangentlab.web.WebFixture.Client;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's numbers over the demo class agree with the submissions table: every figure is
 * worked out again here from rows read by SQL, the late rule in whole hundredths by integer
 * arithmetic, without the server's scoring code.
 */
class WebDemoNumbersTest {
    /** Means are sums of doubles that the server may add in another order than this test. */
    private static final double SUM_ORDER = 1e-9;
    private static final long NANOS_PER_DAY = 86_400L * 1_000_000_000L;
    /** A plain number as the exports write it: '.' and no trailing zeros. */
    private static final String PLAIN_NUMBER = "(0|[1-9][0-9]*)(\\.[0-9]?[1-9])?";
    private static final String ATTEMPTS = "SELECT id, student, exercise_id, submitted_at, source, status, score,"
            + " max_score FROM submissions ORDER BY submitted_at, id";
    private static final String USERS = "SELECT username, display_name, role FROM users";
    /** The demo class is the database's only course, so its rows are all the rows. */
    private static final String DEADLINES = "SELECT exercise_id, due_at FROM offering_deadlines";
    private static final String RULES = "SELECT grading_policy, late_policy, penalty_percent_per_day"
            + " FROM offering_settings";

    @TempDir
    static Path folders;

    private static WebFixture server;
    private static Client instructor;
    private static List<Row> attempts;
    private static Map<String, String[]> users;
    private static Map<String, OffsetDateTime> deadlines;
    /** The late penalty per started day, in hundredths of a percent. */
    private static long penaltyPerDayHundredths;

    /** One submission as stored; scores in hundredths, null until graded. */
    record Row(long id, String student, String exercise, OffsetDateTime at, String source, String status,
            Long scoreH, Long maxH) {}

    @BeforeAll
    static void seedTheDemoClassAndReadItBack() throws Exception {
        String database = WebFixture.freshDatabaseUrl();
        Path exercises = TestExercises.copyWithRoomyTimeLimit(Files.createDirectories(folders.resolve("exercises")));
        server = WebFixture.startWithExercises(database, exercises);
        DemoSeed.seed(server, database, exercises, Files.createDirectories(folders.resolve("data")));
        instructor = server.signedIn("instructor");
        try (Database db = Database.open(database); Connection c = db.dataSource().getConnection()) {
            attempts = readAttempts(c);
            users = readUsers(c);
            deadlines = readDeadlines(c);
            readRules(c);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theDemoClassTellsTheStoryItPromises() throws Exception {
        List<String> students = users.entrySet().stream().filter(u -> u.getValue()[1].equals("student"))
                .map(Map.Entry::getKey).filter(u -> !u.equals("alice") && !u.equals("bob")).toList();
        assertTrue(students.size() >= 30, students.size() + " demo students");
        Set<String> submitted = new HashSet<>();
        attempts.stream().filter(a -> a.source().equals("web")).forEach(a -> submitted.add(a.student()));
        assertTrue(students.stream().filter(s -> !submitted.contains(s)).count() >= 2, "some never submit");
        Map<String, Integer> tries = new HashMap<>();
        attempts.stream().filter(a -> a.source().equals("web") && students.contains(a.student()))
                .forEach(a -> tries.merge(a.student() + "/" + a.exercise(), 1, Integer::sum));
        assertEquals(Set.of(1, 2, 3), new TreeSet<>(tries.values()), "one, two or three attempts");
        assertTrue(attempts.stream().filter(a -> lateDays(a) > 0).count() >= 10, "late attempts");
        assertTrue(attempts.stream().allMatch(a -> a.status() != null), "everything graded");
        Map<String, Set<String>> copiedBy = Map.of("jacobian-fd", Set.of("farid.haddad", "dalia.mansour"),
                "jacobian-analytic", Set.of("jamal.carter", "ximena.cruz"));
        for (Map.Entry<String, Set<String>> copied : copiedBy.entrySet()) {
            JsonNode top = instructor.get("/api/instructor/similarity/" + copied.getKey()).json().get("pairs").get(0);
            assertEquals(1.0, top.get("similarity").asDouble(), SUM_ORDER, copied.getKey());
            assertEquals(copied.getValue(), Set.of(top.get("a").get("student").asText(),
                    top.get("b").get("student").asText()), copied.getKey() + ": the copied pair leads, " + top);
        }
    }

    @Test
    void everyGradebookCellAndTotalIsTheBestAttemptAfterTheLateRule() throws Exception {
        JsonNode book = instructor.get("/api/instructor/gradebook").json();
        List<String> exercises = ids(book);
        long maxH = 0;
        for (JsonNode x : book.get("exercises")) maxH += hundredths(x.get("points").asDouble());
        assertEquals(expectedNames(), names(book));
        for (JsonNode row : book.get("rows")) {
            String student = row.get("username").asText();
            long totalH = 0;
            for (String exercise : exercises) {
                JsonNode cell = row.get("cells").get(exercise);
                Row counting = counting(student, exercise);
                String where = student + " at " + exercise;
                if (counting == null) {
                    assertTrue(cell == null || cell.isNull(), where + " has no attempt: " + cell);
                    continue;
                }
                long scoreH = afterLateRule(counting);
                totalH += scoreH;
                assertEquals(scoreH, hundredths(cell.get("score").asDouble()), where);
                assertEquals(counting.scoreH(), hundredths(cell.get("rawScore").asDouble()), where);
                assertEquals(penaltyHundredths(counting), hundredths(cell.get("penaltyPercent").asDouble()), where);
                assertEquals(lateDays(counting) > 0, cell.get("late").asBoolean(), where);
                assertEquals(counting.id(), cell.get("countingId").asLong(), where);
                assertEquals(of(student, exercise).size(), cell.get("attempts").asInt(), where);
            }
            assertEquals(totalH, hundredths(row.get("total").asDouble()), student);
            assertEquals(percentHundredths(totalH, maxH), hundredths(row.get("percent").asDouble()), student);
        }
    }

    @Test
    void everyRowOfTheGradesCsvAgreesWithTheDatabase() throws Exception {
        List<List<String>> csv = WebGradebookTest.parseCsv(instructor.get("/api/instructor/exports/grades.csv")
                .raw().body());
        List<String> exercises = ids(instructor.get("/api/instructor/gradebook").json());
        List<String> header = new ArrayList<>(List.of("username", "display_name"));
        header.addAll(exercises);
        header.add("total");
        assertEquals(header, csv.get(0));
        List<String> names = csv.subList(1, csv.size()).stream().map(r -> r.get(0)).toList();
        assertEquals(expectedNames(), new TreeSet<>(names));
        assertEquals(names.size(), new HashSet<>(names).size(), "one row per student");
        for (List<String> row : csv.subList(1, csv.size())) {
            String student = row.get(0);
            assertEquals(header.size(), row.size(), student);
            String[] user = users.get(student);
            assertEquals(user == null ? student : user[0], row.get(1), student);
            long totalH = 0;
            for (int i = 0; i < exercises.size(); i++) {
                Row counting = counting(student, exercises.get(i));
                String field = row.get(2 + i);
                if (counting == null) {
                    assertEquals("", field, student + " at " + exercises.get(i));
                    continue;
                }
                long scoreH = afterLateRule(counting);
                totalH += scoreH;
                assertTrue(field.matches(PLAIN_NUMBER), field);
                assertEquals(scoreH, hundredths(Double.parseDouble(field)), student + " at " + exercises.get(i));
            }
            assertTrue(row.get(row.size() - 1).matches(PLAIN_NUMBER), row.toString());
            assertEquals(totalH, hundredths(Double.parseDouble(row.get(row.size() - 1))), student);
        }
    }

    @Test
    void theAnalyticsAgreeWithTheClassesWebSubmissions() throws Exception {
        JsonNode list = instructor.get("/api/instructor/analytics").json().get("exercises");
        assertEquals(15, list.size());
        for (JsonNode summary : list) {
            String exercise = summary.get("id").asText();
            Map<String, List<Row>> byStudent = new LinkedHashMap<>();
            attempts.stream().filter(a -> a.exercise().equals(exercise) && a.source().equals("web"))
                    .filter(a -> users.containsKey(a.student()) && users.get(a.student())[1].equals("student"))
                    .forEach(a -> byStudent.computeIfAbsent(a.student(), s -> new ArrayList<>()).add(a));
            List<Double> best = new ArrayList<>();
            List<Double> toSolve = new ArrayList<>();
            for (List<Row> tries : byStudent.values()) {
                best.add(tries.stream().mapToLong(Row::scoreH).max().orElseThrow() / 100.0);
                for (int i = 0; i < tries.size(); i++) {
                    if (tries.get(i).scoreH().equals(tries.get(i).maxH())) {
                        toSolve.add(i + 1.0);
                        break;
                    }
                }
            }
            String where = exercise + ": " + summary;
            assertEquals(byStudent.size(), summary.get("students").asInt(), where);
            assertEquals(byStudent.values().stream().mapToInt(List::size).sum(), summary.get("submissions").asInt(),
                    where);
            assertAbout(mean(best), summary.get("meanBest"), where);
            assertAbout(median(best), summary.get("medianBest"), where);
            assertAbout(best.isEmpty() ? null : (double) toSolve.size() / best.size(), summary.get("solvedShare"),
                    where);
            assertAbout(mean(toSolve), summary.get("attemptsToSolveMean"), where);
            assertAbout(median(toSolve), summary.get("attemptsToSolveMedian"), where);
            JsonNode report = instructor.get("/api/instructor/analytics/" + exercise).json();
            assertEquals(summary, report.get("summary"), exercise);
            int binned = StreamSupport.stream(report.get("histogram").spliterator(), false)
                    .mapToInt(b -> b.get("students").asInt()).sum();
            assertEquals(best.size(), binned, exercise + ": every graded student in one bin");
        }
    }

    /** The attempt that counts under "best": highest after the late rule, the earliest of equals. */
    private static Row counting(String student, String exercise) {
        Row best = null;
        for (Row a : of(student, exercise)) {
            if (a.status() != null && (best == null || afterLateRule(a) > afterLateRule(best))) best = a;
        }
        return best;
    }

    private static List<Row> of(String student, String exercise) {
        return attempts.stream().filter(a -> a.student().equals(student) && a.exercise().equals(exercise)).toList();
    }

    /** Started days after the deadline: a nanosecond late is one day, exactly one day late is one. */
    private static long lateDays(Row a) {
        OffsetDateTime due = deadlines.get(a.exercise());
        if (due == null) return 0;
        long lateNanos = ChronoUnit.NANOS.between(due, a.at());
        return lateNanos <= 0 ? 0 : (lateNanos + NANOS_PER_DAY - 1) / NANOS_PER_DAY;
    }

    /** In hundredths of a percent, at most 100 %. */
    private static long penaltyHundredths(Row a) {
        return Math.min(100_00, lateDays(a) * penaltyPerDayHundredths);
    }

    /** raw × (100 % − penalty), rounded half up to hundredths, all in integers. */
    private static long afterLateRule(Row a) {
        long keptHundredthsOfPercent = 100_00 - penaltyHundredths(a);
        long millionths = a.scoreH() * keptHundredthsOfPercent;
        return (millionths + 5_000) / 10_000;
    }

    private static long percentHundredths(long totalH, long maxH) {
        return (2 * totalH * 100_00 + maxH) / (2 * maxH);
    }

    private static long hundredths(double x) {
        return Math.round(x * 100);
    }

    private static Double mean(List<Double> xs) {
        return xs.isEmpty() ? null : xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
    }

    private static Double median(List<Double> xs) {
        if (xs.isEmpty()) return null;
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void assertAbout(Double expected, JsonNode actual, String where) {
        if (expected == null) {
            assertTrue(actual == null || actual.isNull(), where);
        } else {
            assertEquals(expected, actual.asDouble(), SUM_ORDER, where);
        }
    }

    /** Every student account and every name a graded folder gave, as the gradebook should list them. */
    private static Set<String> expectedNames() {
        Set<String> names = new TreeSet<>();
        users.forEach((name, u) -> {
            if (u[1].equals("student")) names.add(name);
        });
        attempts.stream().filter(a -> !users.containsKey(a.student())).forEach(a -> names.add(a.student()));
        return names;
    }

    private static Set<String> names(JsonNode book) {
        Set<String> names = new TreeSet<>();
        book.get("rows").forEach(r -> names.add(r.get("username").asText()));
        return names;
    }

    private static List<String> ids(JsonNode book) {
        List<String> ids = new ArrayList<>();
        book.get("exercises").forEach(x -> ids.add(x.get("id").asText()));
        assertEquals(15, ids.size());
        return ids;
    }

    private static List<Row> readAttempts(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ATTEMPTS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                double score = r.getDouble("score");
                Long scoreH = r.wasNull() ? null : hundredths(score);
                double max = r.getDouble("max_score");
                Long maxH = r.wasNull() ? null : hundredths(max);
                rows.add(new Row(r.getLong("id"), r.getString("student"), r.getString("exercise_id"),
                        r.getObject("submitted_at", OffsetDateTime.class), r.getString("source"), r.getString("status"),
                        scoreH, maxH));
            }
        }
        return rows;
    }

    /** username → {display name, role}. */
    private static Map<String, String[]> readUsers(Connection c) throws SQLException {
        Map<String, String[]> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(USERS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.put(r.getString("username"), new String[] {r.getString("display_name"), r.getString("role")});
            }
        }
        return found;
    }

    private static Map<String, OffsetDateTime> readDeadlines(Connection c) throws SQLException {
        Map<String, OffsetDateTime> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(DEADLINES); ResultSet r = s.executeQuery()) {
            while (r.next()) found.put(r.getString("exercise_id"), r.getObject("due_at", OffsetDateTime.class));
        }
        assertEquals(15, found.size(), "the demo sets every deadline");
        return found;
    }

    /** The demo keeps a new database's rules: the best attempt, a penalty per started day. */
    private static void readRules(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RULES); ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            assertEquals("best", r.getString("grading_policy"));
            assertEquals("penalty", r.getString("late_policy"));
            penaltyPerDayHundredths = hundredths(r.getDouble("penalty_percent_per_day"));
            assertTrue(!r.next());
        }
    }
}

package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.demo.DemoClass;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.offering.Offerings;
import com.tangentlab.score.Grade;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.web.WebFixture.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo class in a test server's database, every grade one the real judge gave. Grading its
 * four hundred submissions one by one takes minutes, but most are a known sample with its own
 * comment line and perhaps another indentation, which the judge does not look at: so every
 * distinct code is graded once, submitted by the instructor through the server's queue, and
 * each demo submission of that code gets that grade.
 */
final class DemoSeed {
    private static final String BATCH = "paper-quiz";

    private DemoSeed() {}

    /** Creates the demo class in {@code server}'s database (its graded folder under {@code dataDir}) and grades it. */
    static DemoClass.Created seed(WebFixture server, String databaseUrl, Path exercisesDir, Path dataDir)
            throws IOException, InterruptedException {
        ExerciseCatalog catalog = ExerciseCatalog.load(exercisesDir, Path.of("reference/samples"));
        try (Database database = Database.open(databaseUrl)) {
            Clock clock = Clock.systemUTC();
            SubmissionStore store = new SubmissionStore(database.dataSource(), clock);
            AccountService accounts = new AccountService(database.dataSource(), new Passwords(), clock,
                    Duration.ofHours(1));
            Offerings offerings = new Offerings(database.dataSource(), clock);
            long course = offerings.first().id();
            DemoClass.Created created = new DemoClass(catalog, accounts, store,
                    new CourseRulesStore(database.dataSource(), course),
                    new SectionViewStore(database.dataSource(), clock, course), clock,
                    offerings.inAccountRole(course)).create(dataDir);
            List<StoredSubmission> all = new ArrayList<>(created.web());
            for (Path file : batchFiles(created.batchFolder())) {
                String student = file.getParent().getFileName().toString();
                String exercise = file.getFileName().toString().replace(".jsh", "");
                all.add(store.add(new NewSubmission(student, exercise, Files.readString(file), 1, SubmissionSource.BATCH,
                        created.batchFolder().toString())));
            }
            Map<String, Grade> graded = gradeEachDistinctCode(server, store, all);
            for (StoredSubmission s : all) store.recordGrade(s.id(), graded.get(key(s.exerciseId(), s.code())));
            return created;
        }
    }

    /** The judge's grade of each distinct code among {@code submissions}, by {@link #key}. */
    private static Map<String, Grade> gradeEachDistinctCode(WebFixture server, SubmissionStore store,
            List<StoredSubmission> submissions) throws IOException, InterruptedException {
        Client instructor = server.signedIn("instructor");
        Map<String, Long> submitted = new HashMap<>();
        for (StoredSubmission s : submissions) {
            String key = key(s.exerciseId(), s.code());
            if (submitted.containsKey(key)) continue;
            submitted.put(key, instructor.post("/api/exercises/" + s.exerciseId() + "/submissions",
                    Client.code(s.code())).json().get("id").asLong());
        }
        Map<String, Grade> grades = new HashMap<>();
        for (Map.Entry<String, Long> s : submitted.entrySet()) {
            instructor.awaitGraded(s.getValue());
            grades.put(s.getKey(), store.grade(s.getValue()).orElseThrow());
        }
        return grades;
    }

    /** The code as the judge reads it: without comment lines, indentation or any other layout. */
    private static String key(String exerciseId, String code) {
        return exerciseId + ":" + code.lines().filter(l -> !l.strip().startsWith("//"))
                .collect(Collectors.joining()).replaceAll("\\s+", "");
    }

    private static List<Path> batchFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

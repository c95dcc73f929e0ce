package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.demo.DemoClass;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.gradebook.CourseRulesStore;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo class in a test server's database, every grade one the real judge gave. Grading its
 * four hundred submissions one by one takes minutes, but each is a known sample with its own
 * comment line and perhaps another indentation, which the judge does not look at: so every
 * distinct sample is graded once, submitted by the instructor through the server's queue, and
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
            DemoClass.Created created = new DemoClass(catalog, accounts, store,
                    new CourseRulesStore(database.dataSource()), new SectionViewStore(database.dataSource(), clock),
                    clock).create(dataDir);
            Map<String, Grade> graded = gradeEverySample(server, store, catalog);
            for (StoredSubmission s : created.web()) store.recordGrade(s.id(), graded.get(key(s.exerciseId(), s.code())));
            for (Path file : batchFiles(created.batchFolder())) {
                String student = file.getParent().getFileName().toString();
                String exercise = file.getFileName().toString().replace(".jsh", "");
                String code = Files.readString(file);
                long id = store.add(new NewSubmission(student, exercise, code, 1, SubmissionSource.BATCH,
                        created.batchFolder().toString())).id();
                store.recordGrade(id, graded.get(key(exercise, code)));
            }
            return created;
        }
    }

    /** The judge's grade of every known sample, by {@link #key}. */
    private static Map<String, Grade> gradeEverySample(WebFixture server, SubmissionStore store,
            ExerciseCatalog catalog) throws IOException, InterruptedException {
        Client instructor = server.signedIn("instructor");
        Map<String, Long> submitted = new HashMap<>();
        for (Exercise e : catalog.all()) {
            for (Exercise.Sample sample : e.samples()) {
                String code = Files.readString(sample.file());
                long id = instructor.post("/api/exercises/" + e.id() + "/submissions", Client.code(code)).json()
                        .get("id").asLong();
                submitted.put(key(e.id(), code), id);
            }
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

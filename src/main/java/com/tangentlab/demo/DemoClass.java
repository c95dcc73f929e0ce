package com.tangentlab.demo;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Enrolment;
import com.tangentlab.account.Role;
import com.tangentlab.account.User;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.Seedings;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A class to show the dashboard with: student accounts with a few weeks of web submissions
 * (back-dated, some improving, some late, some never attempting, one pair of near-duplicates
 * per copied exercise), views of the theory sections read before trying, and a graded folder
 * with two names that have no account. Everything is
 * stored ungraded: the caller hands it to the real graders, so every figure comes from the judge.
 */
public final class DemoClass {
    /** Who the demo students are; the same class every time, so the demo reads the same. */
    static final List<String> NAMES = List.of("Amara Okafor", "Ben Hartley", "Chiara Rossi", "Dmitri Volkov",
            "Elif Yilmaz", "Farid Haddad", "Grace Liu", "Hugo Martin", "Ines Duarte", "Jamal Carter",
            "Kaito Mori", "Lena Fischer", "Mateo Garcia", "Nadia Petrova", "Oscar Lindqvist", "Priya Raman",
            "Quentin Dubois", "Rosa Alvarez", "Samuel Osei", "Tara Byrne", "Umar Siddiqui", "Vera Novak",
            "Wen Zhang", "Ximena Cruz", "Yusuf Demir", "Zoe Adams", "Aditya Rao", "Bianca Ferreira",
            "Caleb Nguyen", "Dalia Mansour", "Emil Sorensen", "Freya Walsh");
    /** In a graded folder only, as when a class list and a paper exam do not match. */
    static final List<String> WITHOUT_ACCOUNT = List.of("guest.kowalski", "guest.mendes");
    /** The seeding that the one node creating the demo class claims. */
    public static final String SEEDING = "demo-class";
    /** The demo's randomness is fixed so that every seeded database tells the same story. */
    private static final long STORY_SEED = 20240917L;
    private static final int COURSE_DAYS = 42;
    /** A sample whose declared score is this close to the exercise's points is a correct solution. */
    private static final double FULL_MARKS_TOLERANCE = 1e-9;
    private static final String GRADED = "graded";
    private static final String BATCH_FOLDER = "paper-quiz";
    /** Never called: the judge grades the pair's code as the wrong sample it extends. */
    private static final String SHARED_HELPER = "double squared(double v) {\n  return v * v;\n}\n";
    /** A student who reads first does so between ten minutes and two days before trying. */
    private static final int READING_LEAD_MINUTES_MIN = 10;
    private static final int READING_LEAD_MINUTES_SPREAD = 2 * 24 * 60;

    private final ExerciseCatalog catalog;
    private final AccountService accounts;
    private final SubmissionStore store;
    private final CourseRulesStore rules;
    private final SectionViewStore views;
    private final Clock clock;
    private final Enrolment enrolment;

    /**
     * {@code rules} and {@code views} are those of the course the demo class is, which its students join by
     * {@code enrolment}; its web submissions go to the database's first course, so it must be that one.
     */
    public DemoClass(ExerciseCatalog catalog, AccountService accounts, SubmissionStore store, CourseRulesStore rules,
            SectionViewStore views, Clock clock, Enrolment enrolment) {
        this.enrolment = enrolment;
        this.catalog = catalog;
        this.accounts = accounts;
        this.store = store;
        this.rules = rules;
        this.views = views;
        this.clock = clock;
    }

    /**
     * What was created, all of it still ungraded.
     *
     * @param web         the web submissions, for the grading queue
     * @param batchFolder one folder per student with one file per exercise, for the batch grader
     * @param batchFiles  how many files that folder holds
     */
    public record Created(List<User> students, List<String> withoutAccount, List<StoredSubmission> web,
            Path batchFolder, int batchFiles, int deadlines) {}

    /** Whether any account exists besides the demo instructor and students: then a class is already there. */
    public boolean classExists() {
        Set<String> demo = accounts.demoUsers().stream().map(User::username).collect(Collectors.toSet());
        return accounts.users().stream().anyMatch(u -> u.role() == Role.STUDENT && !demo.contains(u.username()));
    }

    /**
     * Whether this node is the one to create the demo class: no class exists yet, and no node claimed the
     * seeding before, so that of several nodes starting together on one empty database exactly one seeds.
     */
    public boolean claimIfNoClass(Seedings seedings) {
        return !classExists() && seedings.claim(SEEDING);
    }

    /** Whether this demo class was created before: its first student exists. */
    public boolean alreadyCreated() {
        String first = username(NAMES.get(0));
        return accounts.users().stream().anyMatch(u -> u.username().equals(first));
    }

    /** Creates the accounts, deadlines (where none is set), web submissions and the graded folder under {@code dataDir}. */
    public Created create(Path dataDir) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<User> students = accounts.importRoster(NAMES.stream().map(n -> username(n) + "," + n)
                .collect(Collectors.joining("\n")), enrolment).stream().map(a -> a.user()).toList();
        List<Exercise> exercises = List.copyOf(catalog.all());
        OffsetDateTime start = now.truncatedTo(ChronoUnit.DAYS).minusDays(COURSE_DAYS).withHour(23).withMinute(59);
        List<OffsetDateTime> deadlines = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            // Spread over the course in reading order, the last one today.
            OffsetDateTime due = start.plusDays(Math.round((i + 1) * (double) COURSE_DAYS / exercises.size()));
            deadlines.add(due);
            rules.setDeadlineIfNone(exercises.get(i).id(), due);
        }
        Random random = new Random(STORY_SEED);
        List<Planned> copies = nearDuplicates(students, exercises, deadlines);
        List<Planned> planned = new ArrayList<>();
        for (int s = 0; s < students.size(); s++) {
            Profile profile = Profile.of(s);
            for (int e = 0; e < exercises.size(); e++) {
                List<Planned> own = profile.attempts(students.get(s).username(), exercises.get(e), deadlines.get(e),
                        now, random);
                // Who copies hands in nothing else there, so the copy stays their latest and is compared.
                if (copied(copies, students.get(s).username(), exercises.get(e)) || own.isEmpty()) continue;
                planned.addAll(own);
                if (profile.readsFirst(random)) readTheory(own.get(0), random);
            }
        }
        planned.addAll(copies);
        planned.sort(Comparator.comparing(Planned::at));
        List<StoredSubmission> web = planned.stream().map(p -> store.addAt(new NewSubmission(p.student(),
                p.exercise().id(), p.code(), random.nextLong(), SubmissionSource.WEB, null), p.at())).toList();
        Path folder = dataDir.resolve("demo-class").resolve(BATCH_FOLDER);
        int files = writeBatch(folder, students, exercises.get(exercises.size() - 1), random);
        return new Created(students, WITHOUT_ACCOUNT, web, folder, files, exercises.size());
    }

    static String username(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.');
    }

    /** A view of the exercise's section page some hours before the first attempt, for the analytics' comparison. */
    private void readTheory(Planned first, Random random) {
        views.record(first.student(), SectionNumbers.page(first.exercise().section()),
                first.at().minusMinutes(READING_LEAD_MINUTES_MIN + random.nextInt(READING_LEAD_MINUTES_SPREAD)));
    }

    private static boolean copied(List<Planned> copies, String student, Exercise exercise) {
        return copies.stream().anyMatch(c -> c.student().equals(student) && c.exercise().equals(exercise));
    }

    /** One submission to store, at a time in the past. */
    record Planned(String student, Exercise exercise, String code, OffsetDateTime at) {}

    /**
     * Two students hand in the same wrong answer minutes apart, with the same comment and
     * layout: what a similarity report should find.
     */
    private static List<Planned> nearDuplicates(List<User> students, List<Exercise> exercises,
            List<OffsetDateTime> deadlines) {
        List<Planned> pairs = new ArrayList<>();
        int[][] who = {{9, 23}, {5, 29}};
        for (int p = 0; p < who.length && p < exercises.size(); p++) {
            Exercise e = exercises.get(p);
            // A helper of their own, which nobody else has, makes the pair's code theirs alone.
            String shared = "// worked through the chain rule together, then wrote it up\n"
                    + Samples.twoSpaceIndent(Samples.wrong(e, 0)) + "\n" + SHARED_HELPER;
            OffsetDateTime at = deadlines.get(p).minusHours(20);
            pairs.add(new Planned(students.get(who[p][0]).username(), e, shared, at));
            pairs.add(new Planned(students.get(who[p][1]).username(), e,
                    shared.replace("together", "together ") + "\n", at.plusMinutes(4)));
        }
        return pairs;
    }

    /** A paper quiz on the last exercise, typed in and graded as a folder; two names have no account. */
    private static int writeBatch(Path folder, List<User> students, Exercise exercise, Random random) {
        List<String> names = new ArrayList<>(List.of(students.get(0).username(), students.get(7).username(),
                students.get(14).username(), students.get(21).username()));
        names.addAll(WITHOUT_ACCOUNT);
        try {
            for (int i = 0; i < names.size(); i++) {
                Path dir = Files.createDirectories(folder.resolve(names.get(i)));
                String code = i % 2 == 0 ? Samples.correct(exercise) : Samples.wrong(exercise, random.nextInt(3));
                Files.writeString(dir.resolve(exercise.id() + ".jsh"), "// paper quiz, typed in\n" + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo class's graded folder " + folder, e);
        }
        return names.size();
    }

    /** The known samples of an exercise, read from its declared outcomes. */
    static final class Samples {
        private Samples() {}

        static String correct(Exercise e) {
            return read(e.samples().stream().filter(s -> GRADED.equals(s.status())
                    && s.score() >= e.points() - FULL_MARKS_TOLERANCE).findFirst().orElseThrow().file());
        }

        /**
         * The {@code n}-th wrong answer (cycling): graded below full marks, or not compiling at all.
         * Trivial samples (zeros, a constant) are left out: they are the starter, not an attempt.
         */
        static String wrong(Exercise e, int n) {
            List<Exercise.Sample> wrong = e.samples().stream().filter(s -> !s.trivial())
                    .filter(s -> !GRADED.equals(s.status()) || s.score() < e.points() - FULL_MARKS_TOLERANCE).toList();
            if (wrong.isEmpty()) return correct(e);
            return read(wrong.get(Math.floorMod(n, wrong.size())).file());
        }

        /** The same code with two-space indentation: a harmless change of style. */
        static String twoSpaceIndent(String code) {
            return code.lines().map(l -> l.startsWith("    ") ? "  " + l.substring(4) : l)
                    .collect(Collectors.joining("\n", "", "\n"));
        }

        /**
         * The sample without its whole-line comments: they say what the sample gets wrong, which
         * a student's own attempt would not.
         */
        private static String read(Path file) {
            try {
                return Files.readString(file).lines().filter(l -> !l.strip().startsWith("//"))
                        .collect(Collectors.joining("\n", "", "\n"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sample " + file, e);
            }
        }
    }
}

package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.account.SignedIn;
import com.tangentlab.gradebook.CourseRules;
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.gradebook.Extension;
import com.tangentlab.gradebook.ExtensionStore;
import com.tangentlab.gradebook.GradebookStore;
import com.tangentlab.gradebook.GradingPolicy;
import com.tangentlab.gradebook.LatePolicy;
import com.tangentlab.gradebook.ScoreOverride;
import com.tangentlab.gradebook.ScoreOverrides;
import com.tangentlab.offering.Offerings;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every store's SQL runs, with the same results, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class PortableStoresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:30:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-11-20T23:59:00Z");
    private static final String EXERCISE = "softmax-jacobian";
    private static final int CHEAP_HASH_COST = 4;

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private DataSource data;
    private SubmissionStore submissions;
    /** The database's first course, where these students are and their submissions go. */
    private long course;

    @BeforeEach
    void openWithTwoStudents() {
        database = TestDatabase.fresh(kind);
        data = database.database().dataSource();
        submissions = new SubmissionStore(data, CLOCK);
        Offerings offerings = new Offerings(data, CLOCK);
        course = offerings.first().id();
        accounts().importRoster("username,display_name,password\nalice,Alice,alice-pass-1\nbob,Bob,bob-pass-22\n",
                offerings.inAccountRole(course));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AccountService accounts() {
        return new AccountService(data, new Passwords(CHEAP_HASH_COST), CLOCK, Duration.ofHours(1));
    }

    private StoredSubmission graded(String student, double score, String hint) {
        StoredSubmission s = submissions.add(new NewSubmission(student, EXERCISE, "return x;", 3,
                SubmissionSource.WEB, null));
        submissions.recordGrade(s.id(), new Grade(Status.GRADED, score, 10, "graded",
                List.of(new TestResult("hidden 1", "hidden", hint == null, score, 10, hint, null)), List.of(), ""));
        return s;
    }

    @Test
    void aSessionSignsInReadsBackAndEndsAtLogout() {
        SignedIn alice = accounts().login("alice", "alice-pass-1", "127.0.0.1").orElseThrow();

        assertEquals("alice", accounts().session(alice.token()).orElseThrow().user().username());
        accounts().logout(alice.token());
        assertEquals(Optional.empty(), accounts().session(alice.token()));
    }

    @Test
    void savingADraftAgainReplacesIt() {
        DraftStore drafts = new DraftStore(data, CLOCK);
        drafts.save("alice", EXERCISE, "first");
        drafts.save("alice", EXERCISE, "second");

        assertEquals("second", drafts.find("alice", EXERCISE).orElseThrow().code());
        assertEquals(Optional.empty(), drafts.find("bob", EXERCISE));
    }

    @Test
    void aSeededDeadlineNeverOverridesTheInstructors() {
        CourseRulesStore rules = new CourseRulesStore(data, course);
        rules.save(new CourseRules(GradingPolicy.LAST, LatePolicy.NO_CREDIT, 0), Map.of(EXERCISE, DUE));
        rules.setDeadlineIfNone(EXERCISE, DUE.plusDays(7));
        rules.setDeadlineIfNone("power-iteration", DUE.plusDays(7));

        assertEquals(Map.of(EXERCISE, DUE.toInstant(), "power-iteration", DUE.plusDays(7).toInstant()),
                instants(rules.deadlines()));
        assertEquals(GradingPolicy.LAST, rules.rules().grading());
    }

    @Test
    void theClassBrowserFiltersCountsAndTalliesHints() {
        graded("alice", 10, null);
        graded("bob", 2, "values differ");
        StoredSubmission waiting = submissions.add(new NewSubmission("bob", EXERCISE, "x", 4, SubmissionSource.WEB,
                null));
        ClassSubmissions browser = new ClassSubmissions(data, course);

        assertEquals(3, browser.count(SubmissionFilter.everything()));
        assertEquals(List.of(waiting.id()), browser.search(new SubmissionFilter(EXERCISE, SubmissionFilter.UNGRADED,
                null, null, null), 10).stream().map(a -> a.submission().id()).toList());
        assertEquals(2, browser.search(new SubmissionFilter(null, null, "bob", DUE.minusYears(1), DUE), 10).size());
        assertEquals(2, browser.latestPerStudent(EXERCISE).size());
        assertEquals(2, browser.graded(EXERCISE).size());
        assertEquals(List.of(new HintTally("values differ", 1, 1)), browser.hintTallies(EXERCISE));
        assertEquals(1, browser.testTallies(EXERCISE).get(0).passed());
    }

    @Test
    void aRegradeReplacesTheGradeTheGradebookReads() {
        StoredSubmission bob = graded("bob", 2, "values differ");
        new RegradeStore(data, CLOCK).apply(List.of(new RegradeStore.Replacement(bob.id(), "graded", 2, 10,
                Grade.failed(Status.TIMEOUT, 10, "slow"))), "teacher");

        var attempts = new GradebookStore(data, course).ofStudent("bob");
        assertEquals(List.of("timeout"), attempts.stream().map(a -> a.status()).toList());
        assertEquals("return x;", new GradebookStore(data, course).withCode("bob", EXERCISE).get(0).code());
    }

    @Test
    void anOverrideIsLoggedAndIsTheScoreTheGradebookReads() {
        StoredSubmission bob = graded("bob", 2, "values differ");
        ScoreOverrides overrides = new ScoreOverrides(data, course);
        overrides.override(bob.id(), 6, "partly right", "teacher", OffsetDateTime.now(CLOCK));
        ScoreOverride second = overrides.override(bob.id(), 7, "more right", "teacher", OffsetDateTime.now(CLOCK))
                .orElseThrow();

        assertEquals(List.of(2.0, 6.0), overrides.log().stream().map(ScoreOverride::oldScore).toList());
        assertEquals(6.0, second.oldScore());
        assertEquals(7.0, new GradebookStore(data, course).ofStudent("bob").get(0).score());
        assertEquals(Optional.empty(), new ScoreOverrides(data, course + 1).override(bob.id(), 1, "elsewhere",
                "teacher", OffsetDateTime.now(CLOCK)), "another course has no such submission");
    }

    @Test
    void aNewExtensionForTheSameExerciseReplacesTheOldOneAndEveryExerciseIsItsOwn() {
        ExtensionStore extensions = new ExtensionStore(data, course);
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        extensions.grant(new Extension("alice", EXERCISE, DUE.plusDays(1), "teacher", now));
        extensions.grant(new Extension("alice", EXERCISE, DUE.plusDays(2), "teacher", now));
        extensions.grant(new Extension("alice", null, DUE.plusDays(3), "teacher", now));

        assertEquals(List.of(DUE.plusDays(2).toInstant(), DUE.plusDays(3).toInstant()),
                extensions.of("alice").stream().map(e -> e.dueAt().toInstant()).sorted().toList());
        assertTrue(extensions.revoke("alice", null));
        assertEquals(List.of(EXERCISE), extensions.all().stream().map(Extension::exerciseId).toList());
        assertEquals(List.of(), new ExtensionStore(data, course + 1).all(), "another course has none");
    }

    @Test
    void firstSectionViewsAreKeptPerStudent() {
        SectionViewStore views = new SectionViewStore(data, CLOCK, course);
        views.record("alice", "3", DUE.minusDays(2));
        views.record("alice", "3", DUE.minusDays(1));

        assertEquals(Map.of("alice", DUE.minusDays(2).toInstant()), instants(views.firstViews("3")));
        assertTrue(views.firstViews("4").isEmpty());
    }

    /** Times compared as instants: H2 keeps the offset written, PostgreSQL reads back in UTC. */
    private static Map<String, Instant> instants(Map<String, OffsetDateTime> times) {
        return times.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().toInstant()));
    }
}

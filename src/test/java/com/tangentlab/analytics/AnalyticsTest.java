package com.tangentlab.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Passwords;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.offering.Offerings;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analytics of softmax-jacobian over a small class whose numbers were worked out by hand:
 * alice solves it on her 2nd attempt having read section 3 first; bob on his 3rd (a compile
 * error first) and reads the section only afterwards; carol reads it first and gets 2.5; dave's
 * only attempt is ungraded; the instructor's own full marks do not count.
 */
class AnalyticsTest {
    /** The numbers are sums and quotients of a handful of exact values. */
    private static final double EXACT = 1e-12;
    private static final String MISSING_OUTER = "Your matrix equals diag(p): the − p pᵀ term is missing."
            + " Off the diagonal, ∂p_i/∂z_j = −p_i p_j.";
    private static final String WRONG_SIGN = "your result has the wrong sign";
    private static final String SYMMETRIC = "J should be symmetric: ∂p_i/∂z_j = ∂p_j/∂z_i for softmax.";
    private static final OffsetDateTime START = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Database database;
    private static SubmissionStore store;
    private static Analytics analytics;
    private static Exercise exercise;

    /** Each submission is stamped one minute after the previous one. */
    private static final class SteppingClock extends Clock {
        private Instant now = START.toInstant();

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }
    }

    /** Seeded once (account passwords are slow to hash on purpose); the tests only read. */
    @BeforeAll
    static void seedTheClass() {
        database = Database.open("jdbc:h2:mem:analytics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SteppingClock clock = new SteppingClock();
        AccountService accounts = new AccountService(database.dataSource(), new Passwords(), Clock.systemUTC(),
                Duration.ofHours(1));
        Offerings offerings = new Offerings(database.dataSource(), clock);
        long course = offerings.first().id();
        accounts.createDemoAccountsIfNone(offerings.inAccountRole(course));
        accounts.importRoster("carol,Carol,\ndave,Dave,\n", offerings.inAccountRole(course));
        store = new SubmissionStore(database.dataSource(), clock);
        SectionViewStore views = new SectionViewStore(database.dataSource(), clock, course);
        ExerciseCatalog catalog = ExerciseCatalog.load(Path.of("exercises"), Path.of("reference/samples"));
        exercise = catalog.find("softmax-jacobian").orElseThrow();
        analytics = new Analytics(catalog, new ClassSubmissions(database.dataSource(), course), views);

        views.record("alice", "3", START);
        graded("alice", 4.0, small(true), small(false, MISSING_OUTER), symmetric(false));
        graded("alice", 10.0, small(true), small(true), symmetric(true));
        store.recordGrade(submit("bob"), Grade.failed(Status.COMPILE_ERROR, 10, "compile error at line 2"));
        graded("bob", 6.0, small(true), small(false, MISSING_OUTER), symmetric(true));
        graded("bob", 10.0, small(true), small(true), symmetric(true));
        views.record("bob", "3", START.plusMinutes(30));
        views.record("carol", "3", START.plusMinutes(5));
        views.record("carol", "4", START.plusMinutes(5));
        graded("carol", 2.5, small(false, WRONG_SIGN), small(false, MISSING_OUTER), symmetric(true));
        submit("dave");
        graded("instructor", 10.0, small(true), small(true), symmetric(true));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theSummaryCountsEachGradedStudentsBestScore() {
        ExerciseSummary s = analytics.report(exercise).summary();
        assertEquals(3, s.students());
        assertEquals(7, s.submissions(), "the students' attempts, dave's ungraded one included");
        assertEquals((10 + 10 + 2.5) / 3, s.meanBest(), EXACT);
        assertEquals(10.0, s.medianBest(), EXACT);
        assertEquals(2.0 / 3, s.solvedShare(), EXACT);
        assertEquals(2.5, s.attemptsToSolveMean(), EXACT);
        assertEquals(2.5, s.attemptsToSolveMedian(), EXACT);
    }

    @Test
    void theHistogramPutsFullMarksInTheLastBin() {
        List<Integer> counts = analytics.report(exercise).histogram().stream().map(ExerciseReport.Bin::students)
                .toList();
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 0, 0, 0, 2), counts);
        assertEquals(2.0, analytics.report(exercise).histogram().get(2).from(), EXACT);
    }

    @Test
    void everyTestAndPropertyGetsItsPassRate() {
        List<ExerciseReport.TestPassRate> tests = analytics.report(exercise).tests();
        assertEquals(List.of("small logits", "symmetric"), tests.stream().map(ExerciseReport.TestPassRate::name)
                .toList());
        ExerciseReport.TestPassRate small = tests.get(0);
        assertEquals(List.of(10, 6, 5), List.of(small.results(), small.passed(), small.submissions()));
        assertEquals(0.6, small.passRate(), EXACT);
        ExerciseReport.TestPassRate symmetric = tests.get(1);
        assertEquals("property", symmetric.kind());
        assertEquals(0.8, symmetric.passRate(), EXACT);
    }

    @Test
    void theMostFrequentHintsNameTheirMisconception() {
        List<ExerciseReport.HintCount> hints = analytics.report(exercise).hints();
        assertEquals(List.of(new ExerciseReport.HintCount("missing-outer-product", MISSING_OUTER, 3, 3),
                new ExerciseReport.HintCount(null, WRONG_SIGN, 1, 1)), hints);
    }

    @Test
    void studentsWhoReadTheSectionFirstAreComparedWithTheOthers() {
        ExerciseReport.TheoryEffect theory = analytics.report(exercise).theory();
        assertEquals("3", theory.section());
        assertEquals(2, theory.readFirst().students());
        assertEquals((10 + 2.5) / 2, theory.readFirst().meanBest(), EXACT);
        assertEquals(0.5, theory.readFirst().solvedShare(), EXACT);
        assertEquals(1, theory.didNotReadFirst().students());
        assertEquals(10.0, theory.didNotReadFirst().meanBest(), EXACT);
        assertEquals(1.0, theory.didNotReadFirst().solvedShare(), EXACT);
    }

    @Test
    void anExerciseNobodyTriedHasNoAverages() {
        ExerciseSummary newton = analytics.summaries().stream().filter(s -> s.id().equals("newton-step"))
                .findFirst().orElseThrow();
        assertEquals(0, newton.students());
        assertNull(newton.meanBest());
        assertNull(newton.medianBest());
        assertNull(newton.solvedShare());
        assertNull(newton.attemptsToSolveMean());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Averages.median(List.of(4, 1, 3, 2)), EXACT);
        assertEquals(3.0, Averages.median(List.of(5, 1, 3)), EXACT);
    }

    private static long submit(String student) {
        return store.add(new NewSubmission(student, "softmax-jacobian", "double[][] softmaxJacobian(double[] z)"
                + " { return null; }", 42L, SubmissionSource.WEB, null)).id();
    }

    private static void graded(String student, double score, TestResult... tests) {
        store.recordGrade(submit(student), new Grade(Status.GRADED, score, 10, "graded", List.of(tests), List.of(),
                ""));
    }

    private static TestResult small(boolean passed) {
        return small(passed, null);
    }

    private static TestResult small(boolean passed, String hint) {
        return new TestResult("small logits", "hidden", passed, passed ? 1 : 0, 1, hint, null);
    }

    private static TestResult symmetric(boolean passed) {
        return new TestResult("symmetric", TestResult.PROPERTY, passed, passed ? 1 : 0, 1, passed ? null : SYMMETRIC,
                null);
    }
}

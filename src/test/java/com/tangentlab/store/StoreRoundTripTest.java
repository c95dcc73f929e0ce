package com.tangentlab.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Database.Kind.class)
class StoreRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private SubmissionStore store;

    @BeforeEach
    void openFreshDatabase() {
        database = TestDatabase.fresh(kind);
        store = new SubmissionStore(database.database().dataSource(), CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StoredSubmission addOne(String student) {
        return store.add(new NewSubmission(student, "softmax-jacobian", "double x = 1;\n// \"quoted\", commas",
                -42L, SubmissionSource.BATCH, "/tmp/batch"));
    }

    @Test
    void aStoredSubmissionReadsBackExactlyAndIsUngraded() {
        StoredSubmission stored = addOne("alice");

        assertEquals(Optional.of(stored), store.find(stored.id()));
        assertEquals(List.of(stored), store.ungraded(SubmissionSource.BATCH));
        assertEquals(Optional.empty(), store.grade(stored.id()));
        assertEquals(-42L, stored.seed());
    }

    @Test
    void aRecordedGradeReadsBackWithItsTestsAndDiagnosticsInOrder() {
        StoredSubmission stored = addOne("alice");
        Grade grade = new Grade(Status.GRADED, 7.5, 10, "3 of 4, \"close\"\nline two",
                List.of(new TestResult("example 1", "example", true, 1, 1, null, "got [1.0]"),
                        new TestResult("symmetric", TestResult.PROPERTY, false, 0, 1, "J should be symmetric", null)),
                List.of(new Diagnostic(3, 7, "cannot find symbol"), new Diagnostic(0, 0, "wrong signature")), "");

        store.recordGrade(stored.id(), grade);

        assertEquals(Optional.of(grade), store.grade(stored.id()));
        assertEquals(List.of(), store.ungraded(SubmissionSource.BATCH));
    }

    @Test
    void ungradedListsOnlyWhatHasNoGradeYetOldestFirst() {
        StoredSubmission first = addOne("alice");
        StoredSubmission graded = addOne("bob");
        StoredSubmission third = addOne("carol");

        store.recordGrade(graded.id(), Grade.failed(Status.TIMEOUT, 10, "time limit"));

        assertEquals(List.of(first, third), store.ungraded(SubmissionSource.BATCH));
    }

    @Test
    void aSubmissionIsGradedOnlyOnce() {
        StoredSubmission stored = addOne("alice");
        store.recordGrade(stored.id(), Grade.failed(Status.CRASHED, 10, "stopped"));

        assertThrows(StoreException.class,
                () -> store.recordGrade(stored.id(), Grade.failed(Status.GRADED, 10, "again")));
        assertEquals(Status.CRASHED, store.grade(stored.id()).orElseThrow().status());
    }

    @Test
    void aFailedGradeWriteLeavesTheSubmissionUngraded() {
        StoredSubmission stored = addOne("alice");
        Grade tooLongKind = new Grade(Status.GRADED, 1, 10, "ok",
                List.of(new TestResult("t", "k".repeat(100), true, 1, 1, null, null)), List.of(), "");

        assertThrows(StoreException.class, () -> store.recordGrade(stored.id(), tooLongKind));

        assertEquals(List.of(stored), store.ungraded(SubmissionSource.BATCH));
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        String url = database.url();
        try (Database first = Database.open(url)) {
            new SubmissionStore(first.dataSource(), CLOCK).add(new NewSubmission("alice", "e", "code", 1,
                    SubmissionSource.WEB, null));
        }
        try (Database again = Database.open(url)) {
            List<StoredSubmission> ungraded = new SubmissionStore(again.dataSource(), CLOCK).ungraded(SubmissionSource.WEB);
            assertEquals(1, ungraded.size());
            assertTrue(ungraded.get(0).batch() == null && ungraded.get(0).source() == SubmissionSource.WEB);
        }
    }
}

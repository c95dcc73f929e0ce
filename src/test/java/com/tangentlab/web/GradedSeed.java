package com.tangentlab.web;

import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Graded web submissions written straight into a test server's database, at chosen times and
 * with chosen scores: the dashboard's arithmetic is checked against figures known in advance,
 * whatever the judge's timing on a busy machine.
 */
final class GradedSeed implements AutoCloseable {
    private final Database database;
    private final SubmissionStore store;

    GradedSeed(String databaseUrl) {
        database = Database.open(databaseUrl);
        store = new SubmissionStore(database.dataSource(), Clock.systemUTC());
    }

    /** A web submission made at {@code at} and graded {@code score} of 10, with one passed and one failed test. */
    long graded(String student, String exerciseId, String code, OffsetDateTime at, double score, long seed) {
        long id = store.addAt(new NewSubmission(student, exerciseId, code, seed, SubmissionSource.WEB, null), at).id();
        store.recordGrade(id, new Grade(Status.GRADED, score, 10, "seeded grade of " + score, List.of(
                new TestResult("small logits", "hidden", true, score, 5, null, null),
                new TestResult("rows sum to zero", "property", false, 0, 5, "each row of J must sum to 0", null)),
                List.of(), ""));
        return id;
    }

    @Override
    public void close() {
        database.close();
    }
}

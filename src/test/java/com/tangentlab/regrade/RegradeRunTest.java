package com.tangentlab.regrade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report is read by request threads while the regrade worker fills it: whatever moment it is
 * read at, a report that says it is finished must hold every row.
 */
class RegradeRunTest {
    /** Enough runs that a reader lands between the last row and the finish many times over. */
    private static final int RUNS = 2000;
    private static final int ROWS = 2;

    @Test
    void aSnapshotThatSaysFinishedHoldsEveryRow() throws Exception {
        for (int n = 0; n < RUNS; n++) {
            RegradeRun run = new RegradeRun(n, "softmax-jacobian", "instructor", ROWS);
            Thread worker = new Thread(() -> {
                for (int i = 0; i < ROWS; i++) run.add(row(i));
                run.finish();
            });
            worker.start();
            RegradeRun.Snapshot seen;
            do {
                seen = run.snapshot();
            } while (seen.state() == RegradeState.RUNNING);
            worker.join();
            assertEquals(RegradeState.FINISHED, seen.state());
            assertEquals(ROWS, seen.rows().size(), "run " + n + " read as finished with a row missing");
        }
    }

    @Test
    void aSnapshotOfARunningRegradeHoldsTheRowsReplayedSoFar() {
        RegradeRun run = new RegradeRun(1, null, "instructor", ROWS);
        run.add(row(0));
        RegradeRun.Snapshot seen = run.snapshot();
        assertEquals(RegradeState.RUNNING, seen.state());
        assertEquals(1, seen.rows().size());
    }

    private static RegradeRow row(long id) {
        StoredSubmission s = new StoredSubmission(id, "alice", "softmax-jacobian", "", OffsetDateTime.of(2026, 1, 1,
                0, 0, 0, 0, ZoneOffset.UTC), id, SubmissionSource.WEB, null);
        return new RegradeRow(new Attempt(s, "graded", 5.0, 10.0),
                new Grade(Status.GRADED, 10, 10, "", List.of(), List.of(), ""));
    }
}

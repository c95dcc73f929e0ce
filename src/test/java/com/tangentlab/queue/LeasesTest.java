package com.tangentlab.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.score.Grade;
import com.tangentlab.score.Status;
import com.tangentlab.store.Database;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.store.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue's claims, leases and limits, on H2 and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class LeasesTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MICROSECOND = Duration.ofNanos(1000);
    private static final int MAX_CLAIMS = 3;
    private static final String EXERCISE = "softmax-jacobian";

    @Parameter
    Database.Kind kind;

    private TestDatabase database;
    private SubmissionStore store;
    private SubmissionQueue queue;
    private final SteppedClock clock = new SteppedClock();
    private Leases leases;

    @BeforeEach
    void open() {
        database = TestDatabase.fresh(kind);
        store = new SubmissionStore(database.database().dataSource(), clock);
        queue = new SubmissionQueue(database.database().dataSource(), store);
        leases = new Leases(database.database().dataSource(), clock, LEASE, MAX_CLAIMS);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StoredSubmission queued(String student, QueuePriority priority) {
        return queue.add(new NewSubmission(student, EXERCISE, "// " + student, 7, SubmissionSource.WEB, null), priority);
    }

    private long claimedId(String owner) {
        return leases.claim(owner).orElseThrow().submissionId();
    }

    @Test
    void studentsSubmissionsAreClaimedBeforeBulkWorkThenOldestFirst() {
        StoredSubmission demo1 = queued("demo1", QueuePriority.BULK);
        StoredSubmission alice = queued("alice", QueuePriority.STUDENT);
        StoredSubmission demo2 = queued("demo2", QueuePriority.BULK);
        StoredSubmission bob = queued("bob", QueuePriority.STUDENT);

        List<Long> order = List.of(claimedId("w"), claimedId("w"), claimedId("w"), claimedId("w"));

        assertEquals(List.of(alice.id(), bob.id(), demo1.id(), demo2.id()), order);
        assertEquals(Optional.empty(), leases.claim("w"), "every row is leased");
    }

    @Test
    void aRowLockedByAnotherClaimIsSkippedWithoutWaiting() throws Exception {
        StoredSubmission first = queued("alice", QueuePriority.STUDENT);
        StoredSubmission second = queued("bob", QueuePriority.STUDENT);
        try (Connection other = database.database().dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM submissions WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, first.id());
                try (ResultSet r = lock.executeQuery()) {
                    assertTrue(r.next());
                }
            }
            long claimed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> claimedId("w"));
            assertEquals(second.id(), claimed, "the locked first row is skipped, not waited for");
            other.rollback();
        }
        assertEquals(first.id(), claimedId("w"), "once unlocked the first row is claimed");
    }

    @Test
    void claimersRacingOverOneQueueNeverGetTheSameRow() throws Exception {
        int rows = 40;
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < rows; i++) expected.add(queued("s" + i, QueuePriority.STUDENT).id());
        ExecutorService claimers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> got = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String owner = "worker-" + t;
                got.add(claimers.submit((Callable<List<Long>>) () -> {
                    List<Long> mine = new ArrayList<>();
                    for (Optional<Claim> c = leases.claim(owner); c.isPresent(); c = leases.claim(owner)) {
                        mine.add(c.get().submissionId());
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : got) all.addAll(f.get());
            assertEquals(rows, all.size(), "no row was claimed twice: " + all);
            assertEquals(expected, new HashSet<>(all));
        } finally {
            claimers.shutdownNow();
        }
    }

    @Test
    void aLeaseHoldsUntilItsExpiryAndIsClaimedAgainJustAfter() {
        StoredSubmission s = queued("alice", QueuePriority.STUDENT);
        assertEquals(1, ((Claim.Granted) leases.claim("dead-worker").orElseThrow()).attempt());
        assertTrue(leases.isLeased(s.id()));

        clock.advance(LEASE);
        assertEquals(Optional.empty(), leases.claim("other"), "at its expiry the lease still holds");

        clock.advance(MICROSECOND);
        assertFalse(leases.isLeased(s.id()));
        Claim again = leases.claim("other").orElseThrow();
        assertEquals(s.id(), again.submissionId());
        assertEquals(2, ((Claim.Granted) again).attempt());
    }

    @Test
    void aHeartbeatKeepsTheLeaseAWholeLeaseFromItsBeat() {
        StoredSubmission s = queued("alice", QueuePriority.STUDENT);
        claimedId("live-worker");
        clock.advance(LEASE.dividedBy(3));
        assertEquals(1, leases.extend("live-worker"));
        assertEquals(0, leases.extend("someone-else"), "only the owner's leases are extended");

        clock.advance(LEASE.minus(LEASE.dividedBy(3)).plus(MICROSECOND));
        assertEquals(Optional.empty(), leases.claim("other"), "past the first expiry, the beat keeps it");
        assertTrue(leases.isLeased(s.id()));

        clock.advance(LEASE.dividedBy(3));
        assertEquals(s.id(), claimedId("other"), "a whole lease after the last beat it is free");
    }

    @Test
    void theClaimsUpToTheLimitAreGrantedAndTheNextEndsTheSubmissionFailed() {
        StoredSubmission poison = queued("mallory", QueuePriority.STUDENT);
        for (int attempt = 1; attempt <= MAX_CLAIMS; attempt++) {
            Claim claim = leases.claim("worker-" + attempt).orElseThrow();
            assertEquals(attempt, ((Claim.Granted) claim).attempt());
            clock.advance(LEASE.plus(MICROSECOND));
        }

        Claim.GaveUp gaveUp = assertInstanceOf(Claim.GaveUp.class, leases.claim("worker-4").orElseThrow());

        assertEquals(poison.id(), gaveUp.submissionId());
        assertEquals(Optional.of("the grader stopped 3 times while grading this submission (its worker or its agent"
                + " died each time); it is not graded again by itself"), store.failure(poison.id()));
        assertEquals(Optional.empty(), store.grade(poison.id()));
        assertEquals(Optional.empty(), leases.claim("worker-5"), "a failed submission leaves the queue");
        assertEquals(0, queue.queued());
    }

    @Test
    void aReleasedLeaseIsClaimedAtOnceAndItsClaimIsNotCounted() {
        StoredSubmission s = queued("alice", QueuePriority.STUDENT);
        claimedId("stopping-worker");
        assertEquals(1, leases.releaseAll("stopping-worker"));

        Claim again = leases.claim("other").orElseThrow();

        assertEquals(s.id(), again.submissionId());
        assertEquals(1, ((Claim.Granted) again).attempt());
    }

    @Test
    void aSubmissionGivenBackAfterAFaultWaitsALeaseAndItsClaimCounts() {
        StoredSubmission s = queued("alice", QueuePriority.STUDENT);
        claimedId("faulty-worker");
        leases.retryLater(s.id(), "faulty-worker");
        assertFalse(leases.isLeased(s.id()), "given back, it shows as queued");
        assertEquals(Optional.empty(), leases.claim("other"));

        clock.advance(LEASE.plus(MICROSECOND));

        assertEquals(2, ((Claim.Granted) leases.claim("other").orElseThrow()).attempt());
    }

    @Test
    void theCapacityAcceptsUpToItsLimitOfStudentsWorkAndRefusesTheNext() {
        int capacity = 3;
        queued("demo", QueuePriority.BULK);
        for (int i = 0; i < capacity; i++) {
            assertTrue(queue.offer(submission("s" + i), capacity).isPresent(), "submission " + (i + 1));
        }
        assertEquals(Optional.empty(), queue.offer(submission("late"), capacity), "submission " + (capacity + 1));
        assertEquals(capacity + 1, queue.queued(), "the refused one was not stored");

        store.recordGrade(claimedId("w"), Grade.failed(Status.COMPILE_ERROR, 10, "no"));

        assertTrue(queue.offer(submission("next"), capacity).isPresent(), "a grade frees a place");
    }

    @Test
    void nodesOfferingAtOnceNeverTakeTheQueuePastItsCapacity() throws Exception {
        int capacity = 5;
        int offers = 16;
        try (Database otherNode = Database.open(database.url())) {
            SubmissionQueue second = new SubmissionQueue(otherNode.dataSource(),
                    new SubmissionStore(otherNode.dataSource(), clock));
            ExecutorService nodes = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> accepted = new ArrayList<>();
                for (int i = 0; i < offers; i++) {
                    SubmissionQueue node = i % 2 == 0 ? queue : second;
                    NewSubmission s = submission("s" + i);
                    accepted.add(nodes.submit(() -> node.offer(s, capacity).isPresent()));
                }
                int count = 0;
                for (Future<Boolean> f : accepted) count += f.get() ? 1 : 0;
                assertEquals(capacity, count);
                assertEquals(capacity, queue.queued(QueuePriority.STUDENT));
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    private static NewSubmission submission(String student) {
        return new NewSubmission(student, EXERCISE, "// " + student, 7, SubmissionSource.WEB, null);
    }
}

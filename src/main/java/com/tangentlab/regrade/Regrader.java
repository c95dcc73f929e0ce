package com.tangentlab.regrade;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.RegradeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays graded submissions with their recorded seeds through the judge and reports the old
 * and new grades; nothing is written until the report is applied. Runs and reports live in the
 * database, so any node reads, abandons or applies a run that another node replays, and one
 * regrade runs at a time in the whole cluster. The node that started a run replays it on one
 * worker thread of its own, renewing the run's heartbeat; a run whose heartbeat is older than
 * {@link #LEASE} lost its node and counts as failed, so it blocks nobody. Before each replay the
 * worker waits while student submissions are queued or being graded: a regrade adds at most one
 * grade in progress and delays a student's submission by at most the one replay already running.
 */
public final class Regrader implements AutoCloseable {
    /** How the judge grades a submission: {@code Judge::grade}. */
    @FunctionalInterface
    public interface Grader {
        Grade grade(Exercise exercise, String code, long seed);
    }

    /** A running run not renewed for this long lost its node: several heartbeats, and more than one slow replay. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** How often the replaying node renews its runs' heartbeat. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final String LOST_NODE = "the node replaying it stopped; start the regrade again";
    private static final Logger LOG = LoggerFactory.getLogger(Regrader.class);
    /** How often a regrade held back for students looks again; short next to one grade. */
    private static final Duration STUDENT_POLL = Duration.ofMillis(100);
    /** Reports kept for applying or reading; older ones are deleted. */
    private static final int KEPT_RUNS = 10;
    private static final long SHUTDOWN_GRACE_SECONDS = 15;

    private final ExerciseCatalog catalog;
    private final LongFunction<ClassSubmissions> submissions;
    private final RegradeStore store;
    private final RegradeRuns runs;
    private final Clock clock;
    private final Grader grader;
    private final BooleanSupplier studentsBusy;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("regrade-worker"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(
            daemon("regrade-heartbeat"));
    /** Runs this node replays, whose heartbeat it renews. */
    private final Set<Long> replaying = ConcurrentHashMap.newKeySet();

    /** @param studentsBusy true while student submissions wait or are being graded */
    public Regrader(ExerciseCatalog catalog, LongFunction<ClassSubmissions> submissions, RegradeStore store,
            DataSource dataSource, Clock clock, Grader grader, BooleanSupplier studentsBusy) {
        this(catalog, submissions, store, dataSource, clock, grader, studentsBusy, HEARTBEAT);
    }

    /** With another heartbeat interval, for tests of a node that stopped renewing. */
    Regrader(ExerciseCatalog catalog, LongFunction<ClassSubmissions> submissions, RegradeStore store,
            DataSource dataSource, Clock clock, Grader grader, BooleanSupplier studentsBusy, Duration heartbeat) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.store = store;
        this.runs = new RegradeRuns(dataSource);
        this.clock = clock;
        this.grader = grader;
        this.studentsBusy = studentsBusy;
        heart.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Starts replaying every graded submission of {@code exercise} (null: of every exercise in the
     * catalogue) made in the offering {@code offeringId}; empty while another regrade is running on any node.
     */
    public Optional<RegradeRun> start(long offeringId, Exercise exercise, String startedBy) {
        expireLost();
        List<Attempt> graded = submissions.apply(offeringId).graded(exercise == null ? null : exercise.id()).stream()
                .filter(a -> catalog.find(a.submission().exerciseId()).isPresent()).toList();
        Optional<Long> id = runs.start(offeringId, exercise == null ? null : exercise.id(), startedBy, graded.size(), now());
        if (id.isEmpty()) return Optional.empty();
        runs.keepNewest(KEPT_RUNS);
        replaying.add(id.get());
        worker.execute(() -> replay(id.get(), graded));
        return runs.find(id.get());
    }

    /** The run, when it was started in the offering {@code offeringId}. */
    public Optional<RegradeRun> find(long offeringId, long id) {
        expireLost();
        return runs.inOffering(id, offeringId) ? runs.find(id) : Optional.empty();
    }

    /**
     * Stops a running regrade (its node stops after the replay in progress) or discards a finished
     * report; the regrade as it is then, or empty when it cannot be abandoned (applied, failed, unknown).
     */
    public Optional<RegradeRun> abandon(long id) {
        return runs.abandon(id) ? runs.find(id) : Optional.empty();
    }

    /**
     * Records the new grade of every changed submission of a finished regrade, all or none;
     * empty when the regrade is not finished (running, abandoned, failed or already applied).
     */
    public Optional<Integer> apply(long id, String appliedBy) {
        if (!runs.claimForApply(id)) return Optional.empty();
        try {
            List<RegradeStore.Replacement> changed = runs.find(id).orElseThrow().rows().stream()
                    .filter(RegradeRow::changed)
                    .map(r -> new RegradeStore.Replacement(r.before().submission().id(), r.before().status(),
                            r.before().score(), r.before().maxScore(), r.after()))
                    .toList();
            store.apply(changed, appliedBy);
            return Optional.of(changed.size());
        } catch (RuntimeException e) {
            runs.unclaim(id);
            throw e;
        }
    }

    private void replay(long id, List<Attempt> graded) {
        try {
            for (int position = 0; position < graded.size(); position++) {
                if (!holdBackForStudents(id)) return;
                Attempt a = graded.get(position);
                Exercise exercise = catalog.find(a.submission().exerciseId()).orElseThrow();
                RegradeRow row = new RegradeRow(a, grader.grade(exercise, a.submission().code(), a.submission().seed()));
                if (!runs.addRow(id, position, row, now())) return;
            }
            runs.finish(id);
        } catch (InterruptedException e) {
            runs.fail(id, "the server stopped during the regrade");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("regrade {} failed", id, e);
            runs.fail(id, "the regrade failed: " + e.getMessage());
        } finally {
            replaying.remove(id);
        }
    }

    /** Waits while students' submissions are being graded; false once the regrade is no longer running. */
    private boolean holdBackForStudents(long id) throws InterruptedException {
        boolean waiting = false;
        while (studentsBusy.getAsBoolean()) {
            if (!waiting) runs.setWaiting(id, true);
            waiting = true;
            if (!isRunning(id)) return false;
            Thread.sleep(STUDENT_POLL.toMillis());
        }
        if (waiting) runs.setWaiting(id, false);
        return isRunning(id);
    }

    private boolean isRunning(long id) {
        return runs.state(id).map(RegradeState.RUNNING::equals).orElse(false);
    }

    /** Renews the heartbeat of the runs this node replays; a failed beat is retried at the next one. */
    private void beat() {
        try {
            for (long id : replaying) runs.beat(id, now());
        } catch (RuntimeException e) {
            LOG.warn("cannot renew a regrade's heartbeat: {}", e.getMessage());
        }
    }

    private void expireLost() {
        runs.expire(now().minus(LEASE), LOST_NODE);
    }

    /** To the microsecond, which is what PostgreSQL keeps. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void close() {
        heart.shutdownNow();
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("the regrade worker is still busy after {} s", SHUTDOWN_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

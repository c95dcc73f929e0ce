package com.tangentlab.regrade;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.score.Grade;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.RegradeStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays graded submissions with their recorded seeds through the judge and reports the old
 * and new grades; nothing is written until the report is applied. One regrade runs at a time,
 * on one worker thread of its own, and before each replay it waits while student submissions
 * are queued or being graded: a regrade adds at most one grade in progress to the machine and
 * delays a student's submission by at most the one replay already running.
 */
public final class Regrader implements AutoCloseable {
    /** How the judge grades a submission: {@code Judge::grade}. */
    @FunctionalInterface
    public interface Grader {
        Grade grade(Exercise exercise, String code, long seed);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Regrader.class);
    /** How often a regrade held back for students looks again; short next to one grade. */
    private static final Duration STUDENT_POLL = Duration.ofMillis(100);
    /** Finished reports kept for applying or reading; older ones are forgotten. */
    private static final int KEPT_RUNS = 10;
    private static final long SHUTDOWN_GRACE_SECONDS = 15;

    private final ExerciseCatalog catalog;
    private final ClassSubmissions submissions;
    private final RegradeStore store;
    private final Grader grader;
    private final BooleanSupplier studentsBusy;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "regrade-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, RegradeRun> runs = new LinkedHashMap<>();

    /** @param studentsBusy true while student submissions wait or are being graded */
    public Regrader(ExerciseCatalog catalog, ClassSubmissions submissions, RegradeStore store, Grader grader,
            BooleanSupplier studentsBusy) {
        this.catalog = catalog;
        this.submissions = submissions;
        this.store = store;
        this.grader = grader;
        this.studentsBusy = studentsBusy;
    }

    /**
     * Starts replaying every graded submission of {@code exercise} (null: of every exercise in the
     * catalogue); empty while another regrade is running.
     */
    public synchronized Optional<RegradeRun> start(Exercise exercise, String startedBy) {
        if (runs.values().stream().anyMatch(RegradeRun::isRunning)) return Optional.empty();
        List<Attempt> graded = submissions.graded(exercise == null ? null : exercise.id()).stream()
                .filter(a -> catalog.find(a.submission().exerciseId()).isPresent()).toList();
        RegradeRun run = new RegradeRun(ids.incrementAndGet(), exercise == null ? null : exercise.id(), startedBy,
                graded.size());
        runs.put(run.id(), run);
        while (runs.size() > KEPT_RUNS) runs.remove(runs.keySet().iterator().next());
        worker.execute(() -> replay(run, graded));
        return Optional.of(run);
    }

    public synchronized Optional<RegradeRun> find(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Stops a running regrade (after the replay in progress) or discards a finished report. */
    public boolean abandon(RegradeRun run) {
        return run.abandon();
    }

    /**
     * Records the new grade of every changed submission of a finished regrade, all or none;
     * empty when the regrade is not finished (running, abandoned, failed or already applied).
     */
    public Optional<Integer> apply(RegradeRun run, String appliedBy) {
        if (!run.claimForApply()) return Optional.empty();
        List<RegradeStore.Replacement> changed = run.rows().stream().filter(RegradeRow::changed)
                .map(r -> new RegradeStore.Replacement(r.before().submission().id(), r.before().status(),
                        r.before().score(), r.before().maxScore(), r.after()))
                .toList();
        try {
            store.apply(changed, appliedBy);
        } catch (RuntimeException e) {
            run.unclaim();
            throw e;
        }
        return Optional.of(changed.size());
    }

    private void replay(RegradeRun run, List<Attempt> graded) {
        try {
            for (Attempt a : graded) {
                if (!holdBackForStudents(run)) return;
                Exercise exercise = catalog.find(a.submission().exerciseId()).orElseThrow();
                run.add(new RegradeRow(a, grader.grade(exercise, a.submission().code(), a.submission().seed())));
            }
            run.finish();
        } catch (InterruptedException e) {
            run.fail("the server stopped during the regrade");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("regrade {} failed", run.id(), e);
            run.fail("the regrade failed: " + e.getMessage());
        }
    }

    /** Waits while students' submissions are being graded; false once the regrade is abandoned. */
    private boolean holdBackForStudents(RegradeRun run) throws InterruptedException {
        while (run.isRunning() && studentsBusy.getAsBoolean()) {
            run.setWaiting(true);
            Thread.sleep(STUDENT_POLL.toMillis());
        }
        run.setWaiting(false);
        return run.isRunning();
    }

    @Override
    public void close() {
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

package com.tangentlab.grade;

import com.tangentlab.check.Grader;
import com.tangentlab.check.GradingFailedException;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.sandbox.SandboxUnavailableException;
import com.tangentlab.score.Grade;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Grades a folder of submissions. Every file is stored, with a fresh seed, before any is
 * graded, and each grade is recorded as soon as it is known; submissions that an earlier
 * run stored but never graded are graded first.
 */
public final class BatchGrader {
    private static final Comparator<BatchRow> BY_STUDENT_THEN_EXERCISE =
            Comparator.comparing(BatchRow::student).thenComparing(BatchRow::exercise);

    private final ExerciseCatalog catalog;
    private final Grader judge;
    private final SubmissionStore store;
    private final FolderIntake intake;
    private final int jobs;

    /**
     * @param seeds          draws each submission's seed
     * @param maxSourceBytes larger files are rejected without being read
     * @param jobs           submissions graded at once
     */
    public BatchGrader(ExerciseCatalog catalog, Grader judge, SubmissionStore store, LongSupplier seeds,
            int maxSourceBytes, int jobs) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        this.catalog = catalog;
        this.judge = judge;
        this.store = store;
        this.intake = new FolderIntake(catalog, seeds, maxSourceBytes);
        this.jobs = jobs;
    }

    public BatchReport grade(Path folder, Progress progress) throws InterruptedException {
        // Web submissions are the web server's to grade; grading them here too would grade them twice.
        List<StoredSubmission> resumed = store.ungraded(SubmissionSource.BATCH);
        FolderIntake.Intake intake = this.intake.read(folder, store::add);
        progress.start(resumed.size() + intake.stored().size());
        List<StoredSubmission> all = new ArrayList<>(resumed);
        all.addAll(intake.stored());
        List<BatchRow> graded = gradeAll(all, progress);
        List<BatchRow> rows = new ArrayList<>(intake.refused());
        rows.addAll(graded.subList(resumed.size(), graded.size()));
        rows.sort(BY_STUDENT_THEN_EXERCISE);
        return new BatchReport(List.copyOf(rows), List.copyOf(graded.subList(0, resumed.size())));
    }

    private List<BatchRow> gradeAll(List<StoredSubmission> submissions, Progress progress)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread t = new Thread(runnable, "batch-grader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BatchRow>> futures = new ArrayList<>();
            for (StoredSubmission s : submissions) {
                futures.add(workers.submit(() -> {
                    BatchRow row = gradeOne(s);
                    progress.advance();
                    return row;
                }));
            }
            List<BatchRow> rows = new ArrayList<>();
            for (Future<BatchRow> f : futures) rows.add(outcome(f));
            return rows;
        } finally {
            workers.shutdownNow();
        }
    }

    private BatchRow gradeOne(StoredSubmission s) {
        Optional<Exercise> exercise = catalog.find(s.exerciseId());
        if (exercise.isEmpty()) {
            return BatchRow.notGraded(s, NotGraded.UNKNOWN_EXERCISE, 0, intake.unknown(s.exerciseId()));
        }
        Grade grade;
        try {
            grade = judge.grade(exercise.get(), s.code(), s.seed());
        } catch (SandboxUnavailableException e) {
            throw e;
        } catch (GradingFailedException e) {
            // Left ungraded, so a later run retries it; stopping here would let one submission block every batch.
            return BatchRow.notGraded(s, NotGraded.GRADER_ERROR, exercise.get().points(), e.getMessage());
        } catch (Throwable e) {
            return BatchRow.notGraded(s, NotGraded.GRADER_ERROR, exercise.get().points(),
                    "the grader failed on this submission: " + GradingFailedException.oneLine(e));
        }
        store.recordGrade(s.id(), grade);
        return BatchRow.graded(s, grade);
    }

    private static BatchRow outcome(Future<BatchRow> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}

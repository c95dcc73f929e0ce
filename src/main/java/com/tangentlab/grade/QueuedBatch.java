package com.tangentlab.grade;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.queue.QueuePriority;
import com.tangentlab.queue.SubmissionQueue;
import com.tangentlab.score.Grade;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Hands a folder of submissions to the shared grading queue, behind every student's submission, and waits
 * for the workers to grade them; the report is the one a local run writes. Nothing here runs a submission.
 */
public final class QueuedBatch {
    /** How often the database is asked which submissions are done; short next to a grade. */
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Comparator<BatchRow> BY_STUDENT_THEN_EXERCISE =
            Comparator.comparing(BatchRow::student).thenComparing(BatchRow::exercise);

    private final ExerciseCatalog catalog;
    private final SubmissionQueue queue;
    private final SubmissionStore store;
    private final FolderIntake intake;

    public QueuedBatch(ExerciseCatalog catalog, SubmissionQueue queue, SubmissionStore store, LongSupplier seeds,
            int maxSourceBytes) {
        this.catalog = catalog;
        this.queue = queue;
        this.store = store;
        this.intake = new FolderIntake(catalog, seeds, maxSourceBytes);
    }

    /** Queues every gradable file of {@code folder} and returns once each has a grade or a recorded failure. */
    public BatchReport grade(Path folder, Progress progress) throws InterruptedException {
        FolderIntake.Intake read = intake.read(folder, s -> queue.add(s, QueuePriority.BULK));
        progress.start(read.stored().size());
        Map<Long, StoredSubmission> waiting = new LinkedHashMap<>();
        read.stored().forEach(s -> waiting.put(s.id(), s));
        List<BatchRow> rows = new ArrayList<>(read.refused());
        while (!waiting.isEmpty()) {
            for (StoredSubmission s : List.copyOf(waiting.values())) {
                Optional<BatchRow> done = ended(s);
                if (done.isPresent()) {
                    rows.add(done.get());
                    waiting.remove(s.id());
                    progress.advance();
                }
            }
            if (!waiting.isEmpty()) Thread.sleep(POLL.toMillis());
        }
        rows.sort(BY_STUDENT_THEN_EXERCISE);
        return new BatchReport(List.copyOf(rows), List.of());
    }

    private Optional<BatchRow> ended(StoredSubmission s) {
        Optional<Grade> grade = store.grade(s.id());
        if (grade.isPresent()) return Optional.of(BatchRow.graded(s, grade.get()));
        double points = catalog.find(s.exerciseId()).map(Exercise::points).orElse(0.0);
        return store.failure(s.id()).map(reason -> BatchRow.notGraded(s, NotGraded.GRADER_ERROR, points, reason));
    }
}

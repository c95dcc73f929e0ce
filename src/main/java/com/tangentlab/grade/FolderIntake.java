package com.tangentlab.grade;

import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.store.NewSubmission;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Reads a folder of submissions: every gradable file is stored, with a fresh seed, before any is graded;
 * any other file becomes its report row at once.
 */
final class FolderIntake {
    /** What the folder held. */
    record Intake(List<BatchRow> refused, List<StoredSubmission> stored) {}

    private final ExerciseCatalog catalog;
    private final LongSupplier seeds;
    private final int maxSourceBytes;

    FolderIntake(ExerciseCatalog catalog, LongSupplier seeds, int maxSourceBytes) {
        this.catalog = catalog;
        this.seeds = seeds;
        this.maxSourceBytes = maxSourceBytes;
    }

    /** Reads {@code folder}, storing each gradable file with {@code store}. */
    Intake read(Path folder, Function<NewSubmission, StoredSubmission> store) {
        List<BatchRow> refused = new ArrayList<>();
        List<StoredSubmission> stored = new ArrayList<>();
        String batch = folder.toAbsolutePath().normalize().toString();
        for (FolderEntry entry : SubmissionFolder.scan(folder)) {
            Optional<Exercise> exercise = catalog.find(entry.exerciseId());
            if (exercise.isEmpty()) {
                refused.add(BatchRow.refused(entry, NotGraded.UNKNOWN_EXERCISE.label(), 0, unknown(entry.exerciseId())));
                continue;
            }
            SourceFile.Reading reading = SourceFile.read(entry.file(), maxSourceBytes);
            if (reading instanceof SourceFile.Unusable why) {
                refused.add(BatchRow.refused(entry, why.status(), exercise.get().points(), why.message()));
            } else if (reading instanceof SourceFile.Text text) {
                stored.add(store.apply(new NewSubmission(entry.student(), entry.exerciseId(), text.code(),
                        seeds.getAsLong(), SubmissionSource.BATCH, batch)));
            }
        }
        return new Intake(refused, stored);
    }

    String unknown(String exerciseId) {
        return "no exercise has the id \"" + exerciseId + "\"; the file name must be one of: "
                + String.join(", ", catalog.all().stream().map(e -> e.id() + SubmissionFolder.EXTENSION).toList());
    }
}

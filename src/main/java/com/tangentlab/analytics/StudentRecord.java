package com.tangentlab.analytics;

import com.tangentlab.store.Attempt;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** One student's attempts at one exercise, oldest first, and what analytics reads off them. */
record StudentRecord(String student, List<Attempt> attempts) {
    /**
     * Scores are rounded to two decimals, so an attempt within half a hundredth of its maximum
     * has full marks.
     */
    static final double FULL_MARKS_TOLERANCE = 0.005;

    boolean graded() {
        return attempts.stream().anyMatch(a -> a.status() != null);
    }

    /** The best score of a graded attempt; only asked of a graded record. */
    double best() {
        return attempts.stream().map(Attempt::score).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElseThrow();
    }

    boolean solved() {
        return firstSolved().isPresent();
    }

    /** How many attempts (whatever their outcome) up to and including the first with full marks. */
    OptionalInt attemptsToSolve() {
        OptionalInt index = firstSolved();
        return index.isPresent() ? OptionalInt.of(index.getAsInt() + 1) : OptionalInt.empty();
    }

    OffsetDateTime firstAttemptAt() {
        return attempts.get(0).submission().submittedAt();
    }

    private OptionalInt firstSolved() {
        return IntStream.range(0, attempts.size()).filter(i -> fullMarks(attempts.get(i))).findFirst();
    }

    static boolean fullMarks(Attempt a) {
        return a.score() != null && a.maxScore() != null && a.maxScore() > 0
                && a.score() >= a.maxScore() - FULL_MARKS_TOLERANCE;
    }
}

package com.tangentlab.gradebook;

import com.tangentlab.exercise.ExerciseCatalog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The instructor-editable settings: grading and late policy, and each exercise's deadline. */
public final class CourseSettings {
    /** Deadlines outside these years are typing mistakes, and far ones overflow date arithmetic. */
    static final int EARLIEST_DEADLINE_YEAR = 2000;
    static final int LATEST_DEADLINE_YEAR = 9999;
    private final ExerciseCatalog catalog;
    private final CourseRulesStore store;
    private final ExtensionStore extensions;

    /** {@code store} and {@code extensions} are one offering's. */
    public CourseSettings(ExerciseCatalog catalog, CourseRulesStore store, ExtensionStore extensions) {
        this.catalog = catalog;
        this.store = store;
        this.extensions = extensions;
    }

    /** The rules with every exercise of the catalog and its deadline (null for none). */
    public record View(CourseRules rules, List<GradebookTable.Column> exercises) {}

    public View view() {
        Map<String, OffsetDateTime> deadlines = store.deadlines();
        return new View(store.rules(), catalog.all().stream()
                .map(e -> new GradebookTable.Column(e.id(), e.title(), e.points(), deadlines.get(e.id()))).toList());
    }

    public CourseRules rules() {
        return store.rules();
    }

    /** The deadline of an exercise for {@code username}, with any extension granted to them. */
    public Optional<OffsetDateTime> deadline(String username, String exerciseId) {
        return Optional.ofNullable(deadlines(username).get(exerciseId));
    }

    /** Every deadline by exercise id as it holds for {@code username}, extensions included. */
    public Map<String, OffsetDateTime> deadlines(String username) {
        return StudentDeadlines.of(store.deadlines(), extensions.of(username));
    }

    /** Whether {@code username}'s submission at {@code submittedAt} is after their deadline; never without one. */
    public boolean isLate(String username, String exerciseId, OffsetDateTime submittedAt) {
        return Scoring.daysLate(submittedAt, deadlines(username).get(exerciseId)) > 0;
    }

    /** Every extension granted in the offering. */
    public List<Extension> extensions() {
        return extensions.all();
    }

    /**
     * Grants {@code username} the deadline {@code deadline} (ISO-8601 with an offset) for {@code exerciseId}, or
     * for every exercise when it is null, replacing an extension they had for the same; whether they are a student
     * of the offering is the caller's to check.
     */
    public Extension grant(String username, String exerciseId, String deadline, String grantedBy,
            OffsetDateTime now) {
        if (exerciseId != null && catalog.find(exerciseId).isEmpty()) {
            throw new InvalidSettingsException("no exercise has the id " + exerciseId);
        }
        if (deadline == null || deadline.isBlank()) throw new InvalidSettingsException("an extension needs a deadline");
        Extension granted = new Extension(username, exerciseId, parse(exerciseId == null ? "every exercise"
                : exerciseId, deadline), grantedBy, now.withOffsetSameInstant(ZoneOffset.UTC));
        extensions.grant(granted);
        return granted;
    }

    /** False when {@code username} had no such extension. */
    public boolean revoke(String username, String exerciseId) {
        return extensions.revoke(username, exerciseId);
    }

    /**
     * Replaces the rules and the deadlines; {@code deadlines} maps exercise ids to ISO-8601 times
     * with an offset, and an exercise that is absent, or maps to null or "", has no deadline.
     */
    public View update(CourseRules rules, Map<String, String> deadlines) {
        rules.requireWholePenaltySteps();
        Map<String, OffsetDateTime> parsed = new TreeMap<>();
        deadlines.forEach((id, text) -> {
            if (catalog.find(id).isEmpty()) throw new InvalidSettingsException("no exercise has the id " + id);
            if (text != null && !text.isBlank()) parsed.put(id, parse(id, text));
        });
        store.save(rules, parsed);
        return view();
    }

    private static OffsetDateTime parse(String id, String text) {
        OffsetDateTime deadline;
        try {
            deadline = OffsetDateTime.parse(text.strip()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new InvalidSettingsException("the deadline of " + id + " must be an ISO-8601 time with an offset,"
                    + " e.g. 2025-03-01T23:59:00Z, not " + text);
        }
        if (deadline.getYear() < EARLIEST_DEADLINE_YEAR || deadline.getYear() > LATEST_DEADLINE_YEAR) {
            throw new InvalidSettingsException("the deadline of " + id + " must fall in the years "
                    + EARLIEST_DEADLINE_YEAR + " to " + LATEST_DEADLINE_YEAR + ", not " + text);
        }
        return deadline;
    }
}

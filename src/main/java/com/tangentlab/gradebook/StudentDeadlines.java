package com.tangentlab.gradebook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The deadline that holds for one student: the course's, moved later by any extension granted to them. */
public final class StudentDeadlines {
    private StudentDeadlines() {}

    /**
     * The latest of the course's deadline and every extension of the student covering the exercise. An exercise
     * without a course deadline has none for anyone: nothing is late there, so there is nothing to extend.
     */
    public static OffsetDateTime effective(OffsetDateTime courseDeadline, List<Extension> extensions, String exercise) {
        if (courseDeadline == null) return null;
        OffsetDateTime latest = courseDeadline;
        for (Extension e : extensions) {
            if (e.covers(exercise) && e.dueAt().isAfter(latest)) latest = e.dueAt();
        }
        return latest;
    }

    /** Each exercise's deadline for a student with {@code extensions}. */
    public static Map<String, OffsetDateTime> of(Map<String, OffsetDateTime> course, List<Extension> extensions) {
        Map<String, OffsetDateTime> theirs = new TreeMap<>();
        course.forEach((exercise, due) -> theirs.put(exercise, effective(due, extensions, exercise)));
        return theirs;
    }
}

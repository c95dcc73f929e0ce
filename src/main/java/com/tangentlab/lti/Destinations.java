package com.tangentlab.lti;

import com.tangentlab.course.Chapter;
import com.tangentlab.exercise.ExerciseCatalog;
import com.tangentlab.exercise.SectionNumbers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page a launch opens: the exercise or section its resource link names (custom parameters
 * {@code exercise} or {@code section}, as the tool's deep links set them), else the course home, or the
 * dashboard for an instructor who launched without naming anything.
 */
final class Destinations {
    static final String EXERCISE = "exercise";
    static final String SECTION = "section";
    static final String HOME = "/home.html";
    static final String DASHBOARD = "/instructor.html";

    private final ExerciseCatalog catalog;
    private final Chapter chapter;

    Destinations(ExerciseCatalog catalog, Chapter chapter) {
        this.catalog = catalog;
        this.chapter = chapter;
    }

    String of(Launch launch) {
        String exercise = launch.custom().get(EXERCISE);
        if (exercise != null && catalog.find(exercise).isPresent()) {
            String section = SectionNumbers.page(catalog.find(exercise).get().section());
            return sectionPage(section) + "#" + encode(exercise);
        }
        String section = launch.custom().get(SECTION);
        if (section != null && chapter.find(section).isPresent()) return sectionPage(section);
        return launch.role() == LtiRole.STUDENT ? HOME : DASHBOARD;
    }

    private static String sectionPage(String section) {
        return "/section.html?section=" + encode(section);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

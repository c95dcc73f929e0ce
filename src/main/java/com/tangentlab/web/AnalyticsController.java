package com.tangentlab.web;

import com.tangentlab.analytics.Analytics;
import com.tangentlab.course.Course;
import io.javalin.http.Context;
import java.util.Map;

/** Per-exercise analytics over the class, for instructors. */
final class AnalyticsController {
    private final Course course;
    private final Analytics analytics;

    AnalyticsController(Course course, Analytics analytics) {
        this.course = course;
        this.analytics = analytics;
    }

    void list(Context ctx) {
        ctx.json(Map.of("exercises", analytics.summaries()));
    }

    void one(Context ctx) {
        ctx.json(analytics.report(ExerciseController.exercise(ctx, course)));
    }
}

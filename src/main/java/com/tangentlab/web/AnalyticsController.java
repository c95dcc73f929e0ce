package com.tangentlab.web;

import com.tangentlab.analytics.Analytics;
import com.tangentlab.course.Course;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import java.util.Map;

/** Per-exercise analytics over the class, for instructors. */
final class AnalyticsController {
    private final Course course;
    private final LongFunction<WebApp.ClassScope> classes;

    AnalyticsController(Course course, LongFunction<WebApp.ClassScope> classes) {
        this.course = course;
        this.classes = classes;
    }

    void list(Context ctx) {
        ctx.json(Map.of("exercises", analytics(ctx).summaries()));
    }

    void one(Context ctx) {
        ctx.json(analytics(ctx).report(ExerciseController.exercise(ctx, course)));
    }

    private Analytics analytics(Context ctx) {
        return classes.apply(CurrentCourse.id(ctx)).analytics();
    }
}

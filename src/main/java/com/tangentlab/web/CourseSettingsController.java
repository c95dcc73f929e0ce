package com.tangentlab.web;

import com.tangentlab.gradebook.CourseRules;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.GradingPolicy;
import com.tangentlab.gradebook.LatePolicy;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import java.util.Map;

/** The course settings page's API: grading policy, late policy and deadlines, read and replaced whole. */
final class CourseSettingsController {
    private final LongFunction<WebApp.ClassScope> classes;
    private final JsonBodies bodies;

    CourseSettingsController(LongFunction<WebApp.ClassScope> classes, JsonBodies bodies) {
        this.classes = classes;
        this.bodies = bodies;
    }

    void get(Context ctx) {
        ctx.json(DashboardJson.Settings.of(settings(ctx).view()));
    }

    private CourseSettings settings(Context ctx) {
        return classes.apply(CurrentCourse.id(ctx)).settings();
    }

    void replace(Context ctx) {
        DashboardJson.SettingsBody body = bodies.read(ctx, DashboardJson.SettingsBody.class);
        if (body.penaltyPercentPerDay() == null) throw new BadRequestResponse("missing field: penaltyPercentPerDay");
        CourseRules rules = new CourseRules(
                GradingPolicy.fromLabel(JsonBodies.required(body.gradingPolicy(), "gradingPolicy")),
                LatePolicy.fromLabel(JsonBodies.required(body.latePolicy(), "latePolicy")),
                body.penaltyPercentPerDay());
        Map<String, String> deadlines = body.deadlines() == null ? Map.of() : body.deadlines();
        ctx.json(DashboardJson.Settings.of(settings(ctx).update(rules, deadlines)));
    }
}

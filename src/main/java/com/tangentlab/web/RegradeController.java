package com.tangentlab.web;

import com.tangentlab.course.Course;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.regrade.RegradeRun;
import com.tangentlab.regrade.RegradeState;
import com.tangentlab.regrade.Regrader;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Regrading: start, poll, then apply or abandon; nothing is written before apply. */
final class RegradeController {
    private final Course course;
    private final Regrader regrader;
    private final JsonBodies bodies;

    RegradeController(Course course, Regrader regrader, JsonBodies bodies) {
        this.course = course;
        this.regrader = regrader;
        this.bodies = bodies;
    }

    /** {@code {"exercise": id}} regrades one exercise, {@code {"exercise": null}} or {@code {}} all of them. */
    void start(Context ctx) {
        String id = bodies.read(ctx, DashboardViews.RegradeRequest.class).exercise();
        Exercise exercise = id == null ? null
                : course.find(id).orElseThrow(() -> new NotFoundResponse("unknown exercise: " + id));
        RegradeRun run = regrader.start(CurrentCourse.id(ctx), exercise, SessionGuard.session(ctx).user().username())
                .orElseThrow(() -> new ConflictResponse("a regrade is already running; wait for it or abandon it"));
        String location = "/api/instructor/regrades/" + run.id();
        ctx.status(202).header("Location", location).json(DashboardViews.RegradeView.of(run));
    }

    void one(Context ctx) {
        ctx.json(DashboardViews.RegradeView.of(run(ctx, id(ctx))));
    }

    void apply(Context ctx) {
        long id = id(ctx);
        run(ctx, id); // 404 for a regrade of another course or none, before anything is claimed
        int applied = regrader.apply(id, SessionGuard.session(ctx).user().username())
                .orElseThrow(() -> new ConflictResponse("regrade " + id + " is " + run(ctx, id).state().label()
                        + "; only a finished regrade can be applied"));
        ctx.json(new DashboardViews.Applied(id, RegradeState.APPLIED.label(), applied));
    }

    void abandon(Context ctx) {
        long id = id(ctx);
        run(ctx, id); // 404 for a regrade of another course or none
        RegradeRun abandoned = regrader.abandon(id).orElseThrow(() -> new ConflictResponse("regrade " + id + " is "
                + run(ctx, id).state().label() + " and cannot be abandoned"));
        ctx.json(DashboardViews.RegradeView.of(abandoned));
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    /** The run as the database holds it now, whichever node replays it; 404 when the course has none such. */
    private RegradeRun run(Context ctx, long id) {
        return regrader.find(CurrentCourse.id(ctx), id).orElseThrow(() -> new NotFoundResponse("no regrade " + id));
    }
}

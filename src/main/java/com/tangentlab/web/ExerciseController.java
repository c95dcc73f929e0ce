package com.tangentlab.web;

import com.tangentlab.course.Course;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.store.DraftStore;
import com.tangentlab.submit.ExampleRunner;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Sections, exercises, drafts, and running the visible examples. */
final class ExerciseController {
    private final Course course;
    private final DraftStore drafts;
    private final ExampleRunner runner;
    private final JsonBodies bodies;

    ExerciseController(Course course, DraftStore drafts, ExampleRunner runner, JsonBodies bodies) {
        this.course = course;
        this.drafts = drafts;
        this.runner = runner;
        this.bodies = bodies;
    }

    void sections(Context ctx) {
        ctx.json(course.sections(CurrentCourse.id(ctx), SessionGuard.session(ctx).user().username()));
    }

    /** The theory text and the exercises of one section; 404 for a number the chapter does not have. */
    void section(Context ctx) {
        String number = ctx.pathParam("number");
        ctx.json(course.section(CurrentCourse.id(ctx), number, SessionGuard.session(ctx).user().username())
                .orElseThrow(() -> new NotFoundResponse("there is no section '" + number + "'")));
    }

    void list(Context ctx) {
        ctx.json(course.exercises(CurrentCourse.id(ctx), SessionGuard.session(ctx).user().username()));
    }

    void one(Context ctx) {
        ctx.json(course.page(CurrentCourse.id(ctx), SessionGuard.session(ctx).user().username(), exercise(ctx)));
    }

    /** The last saved draft, or the starter with no saving time when there is none. */
    void draft(Context ctx) {
        Exercise e = exercise(ctx);
        ctx.json(drafts.find(SessionGuard.session(ctx).user().username(), e.id())
                .map(d -> new Responses.Draft(e.id(), d.code(), d.savedAt().toString()))
                .orElseGet(() -> new Responses.Draft(e.id(), course.starter(e), null)));
    }

    void saveDraft(Context ctx) {
        Exercise e = exercise(ctx);
        String code = JsonBodies.required(bodies.read(ctx, Requests.Code.class).code(), "code");
        DraftStore.Draft saved = drafts.save(SessionGuard.session(ctx).user().username(), e.id(), code);
        ctx.json(new Responses.Draft(e.id(), saved.code(), saved.savedAt().toString()));
    }

    /** Visible examples only, in full with what the code printed; no score is kept. */
    void run(Context ctx) {
        Exercise e = exercise(ctx);
        String code = JsonBodies.required(bodies.read(ctx, Requests.Code.class).code(), "code");
        ctx.json(Responses.GradeView.of(runner.run(SessionGuard.session(ctx).user().username(), e, code), true));
    }

    static Exercise exercise(Context ctx, Course course) {
        String id = ctx.pathParam("id");
        return course.find(id).orElseThrow(() -> new NotFoundResponse("unknown exercise: " + id));
    }

    private Exercise exercise(Context ctx) {
        return exercise(ctx, course);
    }
}

package com.tangentlab.web;

import com.tangentlab.course.Course;
import com.tangentlab.store.SectionViewStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Records that the signed-in user opened a theory section page. */
final class SectionViewController {
    private final Course course;
    private final SectionViewStore views;

    SectionViewController(Course course, SectionViewStore views) {
        this.course = course;
        this.views = views;
    }

    void record(Context ctx) {
        String username = SessionGuard.session(ctx).user().username();
        String section = ctx.pathParam("section");
        if (course.sections(username).stream().noneMatch(s -> s.section().equals(section))) {
            throw new NotFoundResponse("there is no section " + section);
        }
        views.record(username, section);
        ctx.status(201).json(new Responses.Ok(true));
    }
}

package com.tangentlab.web;

import com.tangentlab.course.Course;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import io.javalin.http.NotFoundResponse;

/** Records that the signed-in user opened a theory section page. */
final class SectionViewController {
    private final Course course;
    private final LongFunction<WebApp.ClassScope> classes;

    SectionViewController(Course course, LongFunction<WebApp.ClassScope> classes) {
        this.course = course;
        this.classes = classes;
    }

    void record(Context ctx) {
        String username = SessionGuard.session(ctx).user().username();
        String section = ctx.pathParam("section");
        long offering = CurrentCourse.id(ctx);
        if (course.sections(offering, username).stream().noneMatch(s -> s.section().equals(section))) {
            throw new NotFoundResponse("there is no section " + section);
        }
        classes.apply(offering).views().record(username, section);
        ctx.status(201).json(new Responses.Ok(true));
    }
}

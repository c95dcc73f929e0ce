package com.tangentlab.web;

import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.Extension;
import com.tangentlab.gradebook.IsoTimes;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.LongFunction;

/** Later deadlines for one student, for one exercise or all of them: listed, granted, taken back. */
final class ExtensionController {
    private final Offerings offerings;
    private final LongFunction<WebApp.ClassScope> classes;
    private final JsonBodies bodies;
    private final Clock clock;

    ExtensionController(Offerings offerings, LongFunction<WebApp.ClassScope> classes, JsonBodies bodies, Clock clock) {
        this.offerings = offerings;
        this.classes = classes;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** @param exercise null for every exercise */
    record ExtensionView(String student, String exercise, String deadline, String grantedBy, String grantedAt) {
        static ExtensionView of(Extension e) {
            return new ExtensionView(e.username(), e.exerciseId(), IsoTimes.format(e.dueAt()), e.grantedBy(),
                    IsoTimes.format(e.grantedAt()));
        }
    }

    /** @param exercise null or absent for every exercise */
    record Grant(String student, String exercise, String deadline) {}

    void list(Context ctx) {
        ctx.json(Map.of("extensions", settings(ctx).extensions().stream().map(ExtensionView::of).toList()));
    }

    void grant(Context ctx) {
        Grant body = bodies.read(ctx, Grant.class);
        String student = studentOfTheCourse(ctx, JsonBodies.required(body.student(), "student"));
        Extension granted = settings(ctx).grant(student, blankToNull(body.exercise()), body.deadline(),
                SessionGuard.session(ctx).user().username(), OffsetDateTime.now(clock));
        ctx.json(ExtensionView.of(granted));
    }

    /** {@code ?student=&exercise=}, the exercise left out for an extension of every exercise. */
    void revoke(Context ctx) {
        String student = JsonBodies.required(blankToNull(ctx.queryParam("student")), "student");
        String exercise = blankToNull(ctx.queryParam("exercise"));
        if (!settings(ctx).revoke(student, exercise)) {
            throw new NotFoundResponse(student + " has no extension for " + (exercise == null ? "every exercise"
                    : exercise));
        }
        ctx.json(new Responses.Ok(true));
    }

    private String studentOfTheCourse(Context ctx, String username) {
        if (offerings.roleOf(CurrentCourse.id(ctx), username).filter(OfferingRole.STUDENT::equals).isEmpty()) {
            throw new NotFoundResponse("no student " + username + " in this course");
        }
        return username;
    }

    private CourseSettings settings(Context ctx) {
        return classes.apply(CurrentCourse.id(ctx)).settings();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package com.tangentlab.web;

import com.tangentlab.offering.Membership;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Optional;

/** The course ("offering") a request works in, as the session guard found it. */
final class CurrentCourse {
    private static final String ATTRIBUTE = "course";

    private CurrentCourse() {}

    static void set(Context ctx, Membership membership) {
        ctx.attribute(ATTRIBUTE, membership);
    }

    static Optional<Membership> find(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The membership; 403 for a user in no course, who has nothing to work on yet. */
    static Membership of(Context ctx) {
        return find(ctx).orElseThrow(() -> new ForbiddenResponse(
                "you are in no course yet: an instructor of a course adds you to it"));
    }

    static long id(Context ctx) {
        return of(ctx).offering().id();
    }
}

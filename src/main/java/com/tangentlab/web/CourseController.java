package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.SignedIn;
import com.tangentlab.offering.Membership;
import com.tangentlab.offering.Offering;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Courses ("offerings" in the code): which a user belongs to and the one a session works in; instructors
 * create, rename, archive and copy them and keep their rosters.
 */
final class CourseController {
    private final Offerings offerings;
    private final AccountService accounts;
    private final LongFunction<WebApp.ClassScope> classes;
    private final JsonBodies bodies;

    CourseController(Offerings offerings, AccountService accounts,
            LongFunction<WebApp.ClassScope> classes, JsonBodies bodies) {
        this.offerings = offerings;
        this.accounts = accounts;
        this.classes = classes;
        this.bodies = bodies;
    }

    void mine(Context ctx) {
        ctx.json(courses(SessionGuard.session(ctx).user().username(), CurrentCourse.find(ctx).orElse(null)));
    }

    /** {@code {"course": id}}: the session works in that course from now on; 404 for one the user is not in. */
    void choose(Context ctx) {
        Long id = JsonBodies.required(bodies.read(ctx, Requests.ChooseCourse.class).course(), "course");
        SignedIn session = SessionGuard.session(ctx);
        Membership chosen = offerings.offeringsOf(session.user().username()).stream()
                .filter(m -> m.offering().id() == id).findFirst()
                .orElseThrow(() -> new NotFoundResponse("you are not a member of course " + id));
        accounts.chooseOffering(session, id);
        ctx.json(courses(session.user().username(), chosen));
    }

    /** A new, empty course whose instructor is its creator. */
    void create(Context ctx) {
        Offering created = offerings.create(bodies.read(ctx, Requests.CourseTitle.class).title());
        offerings.putMember(created.id(), SessionGuard.session(ctx).user().username(), OfferingRole.INSTRUCTOR);
        ctx.status(201).json(Responses.CourseView.of(new Membership(created, OfferingRole.INSTRUCTOR)));
    }

    void rename(Context ctx) {
        Offering renamed = offerings.rename(CurrentCourse.id(ctx), bodies.read(ctx, Requests.CourseTitle.class).title());
        ctx.json(Responses.CourseView.of(new Membership(renamed, OfferingRole.INSTRUCTOR)));
    }

    /** {@code {"archived": true}} archives the current course, {@code false} brings it back. */
    void archive(Context ctx) {
        Boolean archived = JsonBodies.required(bodies.read(ctx, Requests.Archive.class).archived(), "archived");
        Offering changed = offerings.archive(CurrentCourse.id(ctx), archived);
        ctx.json(Responses.CourseView.of(new Membership(changed, OfferingRole.INSTRUCTOR)));
    }

    /** A new course with the current one's settings and deadlines, not its students; its creator instructs it. */
    void copy(Context ctx) {
        Offering copy = offerings.create(bodies.read(ctx, Requests.CourseTitle.class).title());
        offerings.putMember(copy.id(), SessionGuard.session(ctx).user().username(), OfferingRole.INSTRUCTOR);
        classes.apply(CurrentCourse.id(ctx)).rules().copyTo(classes.apply(copy.id()).rules());
        ctx.status(201).json(Responses.CourseView.of(new Membership(copy, OfferingRole.INSTRUCTOR)));
    }

    void members(Context ctx) {
        long course = CurrentCourse.id(ctx);
        ctx.json(new Responses.Members(course, offerings.members(course).stream()
                .map(m -> new Responses.UserView(m.username(), m.displayName(), m.role().label())).toList()));
    }

    /** {@code {"role": "student" | "teaching-assistant" | "instructor"}} for an existing account. */
    void putMember(Context ctx) {
        OfferingRole role = OfferingRole.fromLabel(JsonBodies.required(
                bodies.read(ctx, Requests.MemberRole.class).role(), "role"));
        offerings.putMember(CurrentCourse.id(ctx), ctx.pathParam("username"), role);
        members(ctx);
    }

    private Responses.Courses courses(String username, Membership current) {
        List<Responses.CourseView> all = offerings.offeringsOf(username).stream().map(Responses.CourseView::of).toList();
        return new Responses.Courses(current == null ? null : Responses.CourseView.of(current), all);
    }
}

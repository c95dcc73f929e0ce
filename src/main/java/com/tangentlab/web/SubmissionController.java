package com.tangentlab.web;

import com.tangentlab.account.SignedIn;
import com.tangentlab.course.Course;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.score.Grade;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionSource;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.submit.GradingQueue;
import com.tangentlab.submit.Progress;
import com.tangentlab.offering.Membership;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Graded submissions: accepted and queued, then polled until done; each student sees only their own. */
final class SubmissionController {
    private final Course course;
    private final SubmissionStore store;
    private final GradingQueue queue;
    private final JsonBodies bodies;

    SubmissionController(Course course, SubmissionStore store, GradingQueue queue, JsonBodies bodies) {
        this.course = course;
        this.store = store;
        this.queue = queue;
        this.bodies = bodies;
    }

    /** 202 with the id to poll; the submission is stored before this answers. */
    void submit(Context ctx) {
        Exercise e = ExerciseController.exercise(ctx, course);
        String code = JsonBodies.required(bodies.read(ctx, Requests.Code.class).code(), "code");
        Membership current = CurrentCourse.of(ctx);
        if (current.offering().archived()) {
            throw new ConflictResponse("the course " + current.offering().title() + " is archived and takes no"
                    + " more submissions");
        }
        StoredSubmission s = queue.submit(current.offering().id(), SessionGuard.session(ctx).user().username(), e,
                code);
        String location = "/api/submissions/" + s.id();
        ctx.status(202).header("Location", location)
                .json(new Responses.Accepted(s.id(), Progress.QUEUED.label(), location));
    }

    /** 404 for anyone else's submission, so that ids reveal nothing; batch submissions are not web work. */
    void one(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        SignedIn session = SessionGuard.session(ctx);
        StoredSubmission s = store.find(id)
                .filter(found -> found.source() == SubmissionSource.WEB)
                .filter(found -> found.student().equals(session.user().username()))
                .orElseThrow(() -> new NotFoundResponse("no submission " + id + " of yours"));
        Optional<Grade> grade = store.grade(id);
        Optional<String> failure = grade.isPresent() ? Optional.empty() : store.failure(id);
        ctx.json(new Responses.Submission(s.id(), s.exerciseId(), s.submittedAt().toString(),
                queue.progress(id, grade.isPresent(), failure.isPresent()).label(), s.code(),
                grade.map(g -> Responses.GradeView.of(g, false)).orElse(null), failure.orElse(null)));
    }

    void mine(Context ctx) {
        Exercise e = ExerciseController.exercise(ctx, course);
        long offering = CurrentCourse.id(ctx);
        String username = SessionGuard.session(ctx).user().username();
        List<Attempt> attempts = store.attempts(offering, username, e.id(), SubmissionSource.WEB);
        Double best = attempts.stream().map(Attempt::score).filter(Objects::nonNull).max(Double::compare)
                .orElse(null);
        ctx.json(new Responses.Attempts(e.id(), best, attempts.stream()
                .map(a -> Responses.AttemptView.of(a, course.isLate(offering, username, e.id(), a.submission().submittedAt()))).toList()));
    }
}

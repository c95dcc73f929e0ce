package com.tangentlab.web;

import com.tangentlab.course.Course;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.similarity.NearDuplicates;
import com.tangentlab.similarity.PairView;
import com.tangentlab.similarity.SimilarityMeasure;
import com.tangentlab.store.StoredSubmission;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import io.javalin.http.NotFoundResponse;

/** Near-duplicate submissions of an exercise, and any two submissions side by side. */
final class SimilarityController {
    private final Course course;
    private final LongFunction<WebApp.ClassScope> classes;

    SimilarityController(Course course, LongFunction<WebApp.ClassScope> classes) {
        this.course = course;
        this.classes = classes;
    }

    /** {@code ?threshold=} from 0 to 1, {@value NearDuplicates#DEFAULT_THRESHOLD} when not given. */
    void report(Context ctx) {
        Exercise exercise = ExerciseController.exercise(ctx, course);
        double threshold = ctx.queryParamAsClass("threshold", Double.class)
                .check(t -> t >= 0 && t <= 1, "between 0 and 1").getOrDefault(NearDuplicates.DEFAULT_THRESHOLD);
        ctx.json(DashboardViews.Similarity.of(classes.apply(CurrentCourse.id(ctx)).duplicates()
                .report(exercise, threshold)));
    }

    void pair(Context ctx) {
        WebApp.ClassScope scope = classes.apply(CurrentCourse.id(ctx));
        StoredSubmission a = submission(scope, ctx.queryParamAsClass("a", Long.class).get());
        StoredSubmission b = submission(scope, ctx.queryParamAsClass("b", Long.class).get());
        if (!a.exerciseId().equals(b.exerciseId())) {
            throw new BadRequestResponse("both submissions must be of the same exercise");
        }
        Exercise exercise = course.find(a.exerciseId())
                .orElseThrow(() -> new NotFoundResponse("unknown exercise: " + a.exerciseId()));
        PairView view = scope.duplicates().pair(exercise, a, b);
        ctx.json(new DashboardViews.Pair(exercise.id(), view.similarity(), SimilarityMeasure.MINIMUM_MATCH,
                DashboardViews.CodeSide.of(a), DashboardViews.CodeSide.of(b), view.regions(), view.truncated()));
    }

    /** 404 for a submission of another course as for one that does not exist. */
    private static StoredSubmission submission(WebApp.ClassScope scope, long id) {
        return scope.submissions().find(id).orElseThrow(() -> new NotFoundResponse("no submission " + id));
    }
}

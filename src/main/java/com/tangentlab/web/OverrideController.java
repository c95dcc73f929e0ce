package com.tangentlab.web;

import com.tangentlab.gradebook.IsoTimes;
import com.tangentlab.gradebook.ScoreOverride;
import com.tangentlab.gradebook.ScoreOverrides;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.LongFunction;

/** An attempt's score set by hand, with the reason kept in the course's override log. */
final class OverrideController {
    private final LongFunction<WebApp.ClassScope> classes;
    private final JsonBodies bodies;
    private final Clock clock;

    OverrideController(LongFunction<WebApp.ClassScope> classes, JsonBodies bodies, Clock clock) {
        this.classes = classes;
        this.bodies = bodies;
        this.clock = clock;
    }

    record OverrideBody(Double score, String reason) {}

    record OverrideView(long id, long submissionId, String student, String exerciseId, double oldScore,
            double newScore, String reason, String overriddenBy, String overriddenAt) {
        static OverrideView of(ScoreOverride o) {
            return new OverrideView(o.id(), o.submissionId(), o.student(), o.exerciseId(), o.oldScore(), o.newScore(),
                    o.reason(), o.overriddenBy(), IsoTimes.format(o.overriddenAt()));
        }
    }

    void override(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        OverrideBody body = bodies.read(ctx, OverrideBody.class);
        double score = JsonBodies.required(body.score(), "score");
        ScoreOverride done = overrides(ctx).override(id, score, body.reason(),
                SessionGuard.session(ctx).user().username(), OffsetDateTime.now(clock))
                .orElseThrow(() -> new NotFoundResponse("no submission " + id));
        ctx.json(OverrideView.of(done));
    }

    void log(Context ctx) {
        ctx.json(Map.of("overrides", overrides(ctx).log().stream().map(OverrideView::of).toList()));
    }

    private ScoreOverrides overrides(Context ctx) {
        return classes.apply(CurrentCourse.id(ctx)).overrides();
    }
}

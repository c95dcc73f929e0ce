package com.tangentlab.web;

import com.tangentlab.course.Course;
import com.tangentlab.score.Status;
import com.tangentlab.similarity.LineDiff;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.store.StoredSubmission;
import com.tangentlab.store.SubmissionFilter;
import com.tangentlab.store.SubmissionStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Every submission for instructors: search, one attempt in full, and a line diff of two attempts. */
final class SubmissionBrowserController {
    /** Rows listed when the request names no limit, and the most it may ask for. */
    private static final int DEFAULT_LIMIT = 200;
    private static final int MAX_LIMIT = 2000;

    private final Course course;
    private final SubmissionStore store;
    private final LongFunction<WebApp.ClassScope> classes;

    SubmissionBrowserController(Course course, SubmissionStore store, LongFunction<WebApp.ClassScope> classes) {
        this.course = course;
        this.store = store;
        this.classes = classes;
    }

    /** Filters: exercise, status (or "ungraded"), student, from and to (dates, UTC, both included), limit. */
    void search(Context ctx) {
        SubmissionFilter filter = filter(ctx);
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= MAX_LIMIT,
                "between 1 and " + MAX_LIMIT).getOrDefault(DEFAULT_LIMIT);
        ClassSubmissions classSubmissions = classes.apply(CurrentCourse.id(ctx)).submissions();
        List<DashboardViews.SubmissionRow> rows = classSubmissions.search(filter, limit).stream()
                .map(DashboardViews.SubmissionRow::of).toList();
        ctx.json(new DashboardViews.SubmissionList(classSubmissions.count(filter), limit, rows));
    }

    void one(Context ctx) {
        StoredSubmission s = submission(ctx, ctx.pathParamAsClass("id", Long.class).get());
        ctx.json(new DashboardViews.SubmissionDetail(s.id(), s.student(), s.exerciseId(), s.submittedAt().toString(),
                s.source().label(), s.seed(), s.code(),
                store.grade(s.id()).map(g -> Responses.GradeView.of(g, false)).orElse(null)));
    }

    /** Two attempts of one student at one exercise, {@code from} the older to the newer {@code to}. */
    void diff(Context ctx) {
        StoredSubmission from = submission(ctx, ctx.queryParamAsClass("from", Long.class).get());
        StoredSubmission to = submission(ctx, ctx.queryParamAsClass("to", Long.class).get());
        if (!from.student().equals(to.student()) || !from.exerciseId().equals(to.exerciseId())) {
            throw new BadRequestResponse("a diff compares two attempts of the same student at the same exercise");
        }
        List<LineDiff.Line> lines = LineDiff.of(from.code(), to.code());
        ctx.json(new DashboardViews.Diff(row(from), row(to), count(lines, LineDiff.Op.ADDED),
                count(lines, LineDiff.Op.REMOVED), lines.stream().map(DashboardViews.DiffLine::of).toList()));
    }

    private DashboardViews.SubmissionRow row(StoredSubmission s) {
        return store.grade(s.id()).map(g -> DashboardViews.SubmissionRow.of(new Attempt(s, g.status().label(),
                g.score(), g.maxScore()))).orElseGet(() -> DashboardViews.SubmissionRow.of(new Attempt(s, null, null,
                null)));
    }

    private static int count(List<LineDiff.Line> lines, LineDiff.Op op) {
        return (int) lines.stream().filter(l -> l.op() == op).count();
    }

    /** 404 for a submission of another course as for one that does not exist. */
    private StoredSubmission submission(Context ctx, long id) {
        return classes.apply(CurrentCourse.id(ctx)).submissions().find(id)
                .orElseThrow(() -> new NotFoundResponse("no submission " + id));
    }

    private SubmissionFilter filter(Context ctx) {
        String exercise = blankToNull(ctx.queryParam("exercise"));
        if (exercise != null && course.find(exercise).isEmpty()) {
            throw new NotFoundResponse("unknown exercise: " + exercise);
        }
        String status = blankToNull(ctx.queryParam("status"));
        if (status != null && !status.equals(SubmissionFilter.UNGRADED)
                && Arrays.stream(Status.values()).noneMatch(s -> s.label().equals(status))) {
            throw new BadRequestResponse("invalid status: " + status + "; one of "
                    + Arrays.stream(Status.values()).map(Status::label).toList() + " or " + SubmissionFilter.UNGRADED);
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) throw new BadRequestResponse("from is after to");
        return new SubmissionFilter(exercise, status, blankToNull(ctx.queryParam("student")), startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
    }

    private static LocalDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("invalid " + name + ": " + value + " (expected a date, yyyy-mm-dd)");
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

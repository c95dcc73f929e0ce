package com.tangentlab.web;

import com.tangentlab.gradebook.GradeExports;
import com.tangentlab.gradebook.Gradebook;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.function.LongFunction;
import io.javalin.http.NotFoundResponse;

/** The instructor's gradebook, each student's record, and the exports as downloads. */
final class DashboardController {
    private static final String CSV = "text/csv; charset=utf-8";

    private final LongFunction<WebApp.ClassScope> classes;

    DashboardController(LongFunction<WebApp.ClassScope> classes) {
        this.classes = classes;
    }

    private Gradebook book(Context ctx) {
        return classes.apply(CurrentCourse.id(ctx)).gradebook();
    }

    void gradebook(Context ctx) {
        ctx.json(DashboardJson.Gradebook.of(book(ctx).table()));
    }

    /** {@code ?student=...&exercise=...}: the attempts behind one gradebook cell, with code and feedback. */
    void cellAttempts(Context ctx) {
        String student = requiredQuery(ctx, "student");
        String exercise = requiredQuery(ctx, "exercise");
        ctx.json(new DashboardJson.Attempts(student, exercise, book(ctx).attempts(student, exercise).stream()
                .map(DashboardJson.AttemptDetail::of).toList()));
    }

    void student(Context ctx) {
        String username = ctx.pathParam("username");
        ctx.json(DashboardJson.Student.of(book(ctx).student(username)
                .orElseThrow(() -> new NotFoundResponse("no student named " + username))));
    }

    void gradesCsv(Context ctx) {
        download(ctx, "grades.csv", CSV);
        ctx.result(GradeExports.gradesCsv(book(ctx).table()));
    }

    void attemptsCsv(Context ctx) {
        download(ctx, "attempts.csv", CSV);
        ctx.result(GradeExports.attemptsCsv(book(ctx).allAttempts()));
    }

    void attemptsJson(Context ctx) {
        ctx.json(GradeExports.attemptsJson(book(ctx).allAttempts()));
        download(ctx, "attempts.json", "application/json");
    }

    private static void download(Context ctx, String fileName, String contentType) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static String requiredQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) throw new BadRequestResponse("missing query parameter: " + name);
        return value;
    }
}

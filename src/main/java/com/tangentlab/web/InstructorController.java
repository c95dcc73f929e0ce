package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.CheckedRoster;
import com.tangentlab.account.Enrolment;
import com.tangentlab.account.User;
import com.tangentlab.offering.OfferingRole;
import com.tangentlab.offering.Offerings;
import com.tangentlab.account.NewAccount;
import com.tangentlab.account.RosterImports;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Account management for a course's instructors: its roster, new accounts joining it as students, and
 * password resets of its members.
 */
final class InstructorController {
    private static final String ROSTER_FIELD = "roster";
    private final AccountService accounts;
    private final Offerings offerings;
    private final RosterImports imports;
    private final JsonBodies bodies;

    InstructorController(AccountService accounts, Offerings offerings, RosterImports imports, JsonBodies bodies) {
        this.accounts = accounts;
        this.offerings = offerings;
        this.imports = imports;
        this.bodies = bodies;
    }

    /** The current course's members, with their role in it. */
    void users(Context ctx) {
        ctx.json(new Responses.Users(offerings.members(CurrentCourse.id(ctx)).stream()
                .map(m -> new Responses.UserView(m.username(), m.displayName(), m.role().label())).toList()));
    }

    /** The new accounts join the current course as students, in the transaction that creates them. */
    private Enrolment asStudents(Context ctx) {
        long course = CurrentCourse.id(ctx);
        return (c, created) -> {
            for (User u : created) offerings.putMember(c, course, u.username(), OfferingRole.STUDENT);
        };
    }

    /**
     * The CSV comes as the body itself (text/csv) or as the file field {@code roster} of a
     * multipart form. Every line is checked first. A small roster's accounts come back at once
     * with their passwords (201); a larger one becomes a job (202) to poll and collect once.
     */
    void uploadRoster(Context ctx) {
        String csv = ctx.isMultipartFormData() ? rosterFile(ctx) : RequestText.of(ctx);
        if (csv.isBlank()) throw new BadRequestResponse("the roster is empty: send CSV lines username,display_name,password");
        CheckedRoster roster = accounts.checkRoster(csv);
        if (roster.size() <= RosterImports.IMMEDIATE_ACCOUNTS) {
            ctx.status(201).json(accountsView(accounts.createRoster(roster, hashed -> { }, asStudents(ctx))));
            return;
        }
        Responses.RosterImport job = Responses.RosterImport.of(imports.start(CurrentCourse.id(ctx), roster,
                asStudents(ctx)));
        ctx.status(202).header("Location", job.location()).json(job);
    }

    void rosterImport(Context ctx) {
        ctx.json(Responses.RosterImport.of(imports.status(CurrentCourse.id(ctx), importId(ctx))));
    }

    /** The accounts with their passwords, the first time; 410 after. */
    void collectRosterImport(Context ctx) {
        ctx.json(accountsView(imports.collect(CurrentCourse.id(ctx), importId(ctx))));
    }

    private static long importId(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private static Responses.Accounts accountsView(List<NewAccount> created) {
        return new Responses.Accounts(created.stream().map(Responses.Account::of).toList());
    }

    private static String rosterFile(Context ctx) {
        UploadedFile file = uploaded(ctx);
        if (file == null) throw new BadRequestResponse("the form has no file field '" + ROSTER_FIELD + "'");
        try (InputStream in = file.content()) {
            return RequestText.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded roster", e);
        }
    }

    /** The form's file, or 400 when the form itself is broken (no boundary, cut short). */
    private static UploadedFile uploaded(Context ctx) {
        try {
            return ctx.uploadedFile(ROSTER_FIELD);
        } catch (Exception e) { // Javalin passes the multipart parser's IOException on unchecked
            if (InputFault.find(e).isPresent()) throw e;
            throw new BadRequestResponse("malformed multipart form: it needs a boundary in its Content-Type"
                    + " and must end with that boundary followed by '--'");
        }
    }

    /** An empty body or {@code {}} generates a password; {@code {"password": "..."}} sets that one. */
    void resetPassword(Context ctx) {
        String username = ctx.pathParam("username");
        // An instructor of one course has no say over the accounts of another's.
        if (offerings.roleOf(CurrentCourse.id(ctx), username).isEmpty()) {
            throw new NotFoundResponse("no account named " + username + " in this course");
        }
        String password = RequestText.of(ctx).isBlank() ? null : bodies.read(ctx, Requests.ResetPassword.class).password();
        ctx.json(Responses.Account.of(accounts.resetPassword(username, password)));
    }
}

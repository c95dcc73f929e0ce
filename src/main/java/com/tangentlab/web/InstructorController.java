package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Account management for instructors: class rosters and password resets. */
final class InstructorController {
    private final AccountService accounts;
    private final JsonBodies bodies;

    InstructorController(AccountService accounts, JsonBodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    void users(Context ctx) {
        ctx.json(new Responses.Users(accounts.users().stream()
                .map(u -> new Responses.UserView(u.username(), u.displayName(), u.role().label())).toList()));
    }

    /** The body is the CSV itself (text/csv); the new accounts come back with their passwords, this once. */
    void uploadRoster(Context ctx) {
        String csv = ctx.body();
        if (csv.isBlank()) throw new BadRequestResponse("the request needs a CSV body: username,display_name,password");
        ctx.status(201).json(new Responses.Accounts(accounts.importRoster(csv).stream()
                .map(Responses.Account::of).toList()));
    }

    /** An empty body or {@code {}} generates a password; {@code {"password": "..."}} sets that one. */
    void resetPassword(Context ctx) {
        String password = ctx.body().isBlank() ? null : bodies.read(ctx, Requests.ResetPassword.class).password();
        ctx.json(Responses.Account.of(accounts.resetPassword(ctx.pathParam("username"), password)));
    }
}

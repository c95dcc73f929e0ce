package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.SignedIn;
import com.tangentlab.offering.Membership;
import com.tangentlab.offering.Offerings;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/** Signing in and out, who am I, and changing one's own password. */
final class AuthController {
    private final AccountService accounts;
    private final Offerings offerings;
    private final SessionGuard guard;
    private final JsonBodies bodies;

    AuthController(AccountService accounts, Offerings offerings, SessionGuard guard, JsonBodies bodies) {
        this.accounts = accounts;
        this.offerings = offerings;
        this.guard = guard;
        this.bodies = bodies;
    }

    void login(Context ctx) {
        Requests.Login body = bodies.read(ctx, Requests.Login.class);
        SignedIn session = accounts.login(JsonBodies.required(body.username(), "username"),
                JsonBodies.required(body.password(), "password"), ctx.ip())
                .orElseThrow(() -> new UnauthorizedResponse("wrong username or password"));
        guard.setCookie(ctx, session.token());
        // The session starts in the user's first course still running, kept so that every node agrees.
        Membership course = offerings.current(session.user().username(), null).orElse(null);
        if (course != null) accounts.chooseOffering(session, course.offering().id());
        ctx.json(Responses.Me.of(session, course));
    }

    void logout(Context ctx) {
        accounts.logout(SessionGuard.session(ctx).token());
        guard.clearCookie(ctx);
        ctx.json(new Responses.Ok(true));
    }

    void me(Context ctx) {
        ctx.json(Responses.Me.of(SessionGuard.session(ctx), CurrentCourse.find(ctx).orElse(null)));
    }

    void changePassword(Context ctx) {
        Requests.ChangePassword body = bodies.read(ctx, Requests.ChangePassword.class);
        accounts.changePassword(SessionGuard.session(ctx), JsonBodies.required(body.currentPassword(),
                "currentPassword"), JsonBodies.required(body.newPassword(), "newPassword"));
        ctx.json(new Responses.Ok(true));
    }
}

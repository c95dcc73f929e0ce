package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.SignedIn;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/** Signing in and out, who am I, and changing one's own password. */
final class AuthController {
    private final AccountService accounts;
    private final SessionGuard guard;
    private final JsonBodies bodies;

    AuthController(AccountService accounts, SessionGuard guard, JsonBodies bodies) {
        this.accounts = accounts;
        this.guard = guard;
        this.bodies = bodies;
    }

    void login(Context ctx) {
        Requests.Login body = bodies.read(ctx, Requests.Login.class);
        SignedIn session = accounts.login(JsonBodies.required(body.username(), "username"),
                JsonBodies.required(body.password(), "password"), ctx.ip())
                .orElseThrow(() -> new UnauthorizedResponse("wrong username or password"));
        guard.setCookie(ctx, session.token());
        ctx.json(Responses.Me.of(session));
    }

    void logout(Context ctx) {
        accounts.logout(SessionGuard.session(ctx).token());
        guard.clearCookie(ctx);
        ctx.json(new Responses.Ok(true));
    }

    void me(Context ctx) {
        ctx.json(Responses.Me.of(SessionGuard.session(ctx)));
    }

    void changePassword(Context ctx) {
        Requests.ChangePassword body = bodies.read(ctx, Requests.ChangePassword.class);
        accounts.changePassword(SessionGuard.session(ctx), JsonBodies.required(body.currentPassword(),
                "currentPassword"), JsonBodies.required(body.newPassword(), "newPassword"));
        ctx.json(new Responses.Ok(true));
    }
}

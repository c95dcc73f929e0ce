package com.tangentlab.web;

import com.tangentlab.account.AccountService;
import com.tangentlab.account.Role;
import com.tangentlab.account.SignedIn;
import com.tangentlab.offering.Membership;
import com.tangentlab.offering.Offerings;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Set;

/**
 * Runs before every matched route: finds the session from its cookie and the course it works in,
 * refuses anonymous users (401), anyone without the route's role in that course (403), and
 * state-changing requests without the session's CSRF token in {@value #CSRF_HEADER} (403).
 */
final class SessionGuard {
    static final String COOKIE = "tangentlab_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AccountService accounts;
    private final Offerings offerings;
    private final Duration sessionTimeout;
    private final boolean secureCookie;

    /** {@code secureCookie}: the site is reached over TLS (its public address is https), so the cookie says so. */
    SessionGuard(AccountService accounts, Offerings offerings, Duration sessionTimeout, boolean secureCookie) {
        this.accounts = accounts;
        this.offerings = offerings;
        this.sessionTimeout = sessionTimeout;
        this.secureCookie = secureCookie;
    }

    void check(Context ctx) {
        Set<io.javalin.security.RouteRole> roles = ctx.routeRoles();
        // Static files carry no role; an API route without one is a mistake, refused rather than opened.
        if (roles.isEmpty() && !ctx.path().startsWith("/api")) return;
        if (roles.contains(Access.ANYONE)) return;
        String token = ctx.cookie(COOKIE);
        SignedIn session = token == null ? null : accounts.session(token).orElse(null);
        if (session == null) throw new UnauthorizedResponse("sign in first: POST /api/login");
        Membership course = offerings.current(session.user().username(), session.chosenOffering()).orElse(null);
        checkRole(roles, session, course);
        if (!SAFE.contains(ctx.method()) && !sameToken(ctx.header(CSRF_HEADER), session.csrfToken())) {
            throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header; GET /api/me gives the token");
        }
        ctx.attribute(SESSION, session);
        CurrentCourse.set(ctx, course);
    }

    /** The role that counts is the one in the current course; only site-wide actions ask the account's. */
    private static void checkRole(Set<io.javalin.security.RouteRole> roles, SignedIn session, Membership course) {
        boolean staff = course != null && course.role().seesDashboard();
        if ((roles.contains(Access.STAFF) || roles.contains(Access.INSTRUCTOR)) && !staff) {
            throw new ForbiddenResponse("only instructors may do this");
        }
        if (roles.contains(Access.INSTRUCTOR) && !course.role().manages()) {
            throw new ForbiddenResponse("only the course's instructors may do this; teaching assistants see the"
                    + " dashboards but change nothing");
        }
        if (roles.contains(Access.COURSE_CREATOR) && session.user().role() != Role.INSTRUCTOR) {
            throw new ForbiddenResponse("only instructor accounts may do this");
        }
    }

    /** The session the guard found; only called on routes that need one. */
    static SignedIn session(Context ctx) {
        SignedIn session = ctx.attribute(SESSION);
        if (session == null) throw new IllegalStateException("route " + ctx.path() + " has no access role");
        return session;
    }

    void setCookie(Context ctx, String token) {
        ctx.cookie(cookie(token, (int) sessionTimeout.toSeconds()));
    }

    /**
     * The session cookie of a user a learning platform launched. The tool's pages open in the platform's
     * frame, a cross-site context: a SameSite=Strict or Lax cookie is not sent there with the pages' own
     * requests, so this one is SameSite=None, which browsers accept only when Secure, and Partitioned
     * (CHIPS), which browsers blocking third-party cookies still keep, for the platform's site alone.
     * Javalin's cookie type has no Partitioned attribute, so the header is written here.
     */
    void setFramedCookie(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; Max-Age=" + sessionTimeout.toSeconds()
                + "; Secure; HttpOnly; SameSite=None; Partitioned");
    }

    void clearCookie(Context ctx) {
        ctx.cookie(cookie("", 0));
    }

    private Cookie cookie(String value, int maxAgeSeconds) {
        // The server itself speaks plain HTTP: only its public address can tell that browsers reach it over TLS.
        return new Cookie(COOKIE, value, "/", maxAgeSeconds, secureCookie, 0, true, null, null, SameSite.STRICT);
    }

    private static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}

package com.tangentlab.web;

import com.tangentlab.account.AccountException;
import com.tangentlab.figure.FigureRequestException;
import com.tangentlab.gradebook.InvalidSettingsException;
import com.tangentlab.lti.LtiException;
import com.tangentlab.offering.OfferingException;
import com.tangentlab.submit.BusyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error as {@code {"error": "..."}}: the caller's mistakes with a 4xx status and a
 * message naming the problem; server faults all end in {@link #serverFault}, logged with
 * their stack trace and answered with a plain 500.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** The page a browser is shown for an address with no page, in the served folder. */
    static final String NOT_FOUND_PAGE = "404.html";

    private ErrorMapping() {}

    /** {@code staticDir} is the served folder, which holds the not-found page. */
    static void register(Javalin app, Path staticDir) {
        app.exception(EndpointNotFound.class, (e, ctx) -> nothingThere(ctx, staticDir));
        app.exception(HttpResponseException.class, ErrorMapping::httpError);
        app.exception(ValidationException.class, ErrorMapping::invalidParameter);
        app.exception(AccountException.class, ErrorMapping::accountRefused);
        app.exception(OfferingException.class, ErrorMapping::offeringRefused);
        app.exception(BusyException.class, ErrorMapping::busy);
        app.exception(FigureRequestException.class, ErrorMapping::badFigureRequest);
        app.exception(InvalidSettingsException.class, ErrorMapping::invalidSettings);
        app.exception(LtiException.class, ErrorMapping::ltiRefused);
        app.exception(Exception.class, ErrorMapping::serverFault);
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus()).json(new Responses.Error(e.getMessage()));
    }

    /**
     * No route and no file: an API caller reads why in JSON, a browser opening a page gets the
     * not-found page with a way back, and a script or stylesheet the page asked for gets JSON naming it.
     */
    private static void nothingThere(Context ctx, Path staticDir) {
        ctx.status(404);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new Responses.Error("no such API route: " + ctx.method() + " " + ctx.path()));
            return;
        }
        String accept = ctx.header("Accept");
        Path page = staticDir.resolve(NOT_FOUND_PAGE);
        if (accept != null && accept.contains("text/html") && Files.isReadable(page)) {
            try {
                ctx.html(Files.readString(page));
                return;
            } catch (IOException e) {
                LOG.warn("cannot read the not-found page {}: {}", page, e.toString());
            }
        }
        ctx.json(new Responses.Error("no such file: " + ctx.path()));
    }

    private static void invalidParameter(ValidationException e, Context ctx) {
        String field = e.getErrors().keySet().stream().findFirst().orElse("parameter");
        ctx.status(400).json(new Responses.Error("invalid " + field + ": " + e.getErrors().get(field)
                .stream().map(error -> String.valueOf(error.getValue())).findFirst().orElse("?")));
    }

    private static void accountRefused(AccountException e, Context ctx) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case WRONG_PASSWORD -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
        };
        ctx.status(status).json(new Responses.Error(e.getMessage()));
    }

    private static void offeringRefused(OfferingException e, Context ctx) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
        };
        ctx.status(status).json(new Responses.Error(e.getMessage()));
    }

    private static void busy(BusyException e, Context ctx) {
        ctx.status(429).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .json(new Responses.Error(e.getMessage()));
    }

    private static void badFigureRequest(FigureRequestException e, Context ctx) {
        ctx.status(400).json(new Responses.Error(e.getMessage()));
    }

    private static void invalidSettings(InvalidSettingsException e, Context ctx) {
        ctx.status(400).json(new Responses.Error(e.getMessage()));
    }

    private static void ltiRefused(LtiException e, Context ctx) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        ctx.status(status).json(new Responses.Error(e.getMessage()));
    }

    private static void serverFault(Exception e, Context ctx) {
        InputFault fault = InputFault.find(e).orElse(null);
        if (fault != null) {
            LOG.info("{} {} refused: {}", ctx.method(), ctx.path(), fault.message());
            ctx.status(fault.status()).json(new Responses.Error(fault.message()));
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500).json(new Responses.Error("internal server error; the cause is in the server log"));
    }
}

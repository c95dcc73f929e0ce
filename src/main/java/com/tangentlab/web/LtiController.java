package com.tangentlab.web;

import com.tangentlab.lti.Checked;
import com.tangentlab.lti.DeepLinks;
import com.tangentlab.lti.LoginInitiation;
import com.tangentlab.lti.LtiTool;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.Refusal;
import com.tangentlab.lti.Registration;
import com.tangentlab.lti.ToolUrls;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LTI 1.3 routes: the tool's public keys, the platform's login initiation and launch, and the
 * administrators' registration of platforms. A refused login or launch is a page saying why, in words for
 * whoever clicked the link, and one line in the log with the details.
 */
final class LtiController {
    private static final Logger LOG = LoggerFactory.getLogger(LtiController.class);
    /** A log line quotes what a platform sent: control characters would forge further lines. */
    private static final String CONTROL = "\\p{Cntrl}";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final LtiTool tool;
    private final SessionGuard guard;
    private final JsonBodies bodies;
    private final String publicUrl;

    LtiController(LtiTool tool, SessionGuard guard, JsonBodies bodies, String publicUrl) {
        this.tool = tool;
        this.guard = guard;
        this.bodies = bodies;
        this.publicUrl = publicUrl;
    }

    void jwks(Context ctx) {
        ctx.json(tool.publicJwks());
    }

    /** OIDC third-party initiated login, by GET or by a form POST, as the platform chooses. */
    void login(Context ctx) {
        LoginInitiation.Request request = new LoginInitiation.Request(param(ctx, "iss"), param(ctx, "login_hint"),
                param(ctx, "target_link_uri"), param(ctx, "client_id"), param(ctx, "lti_message_hint"));
        Checked<URI> checked = tool.login(request, urls(ctx));
        if (checked instanceof Checked.Accepted<URI> accepted) {
            ctx.redirect(accepted.value().toString(), HttpStatus.FOUND);
        } else {
            refuse(ctx, "login", (Checked.Refused<URI>) checked);
        }
    }

    /** The platform's auto-posted id_token: verified, its user signed in, the page it names opened. */
    void launch(Context ctx) {
        Checked<LtiTool.Entry> checked = tool.launch(formParam(ctx, "state"), formParam(ctx, "id_token"));
        if (checked instanceof Checked.Accepted<LtiTool.Entry> accepted) {
            guard.setFramedCookie(ctx, accepted.value().session().token());
            ctx.redirect(accepted.value().page(), HttpStatus.SEE_OTHER);
        } else {
            refuse(ctx, "launch", (Checked.Refused<LtiTool.Entry>) checked);
        }
    }

    /** The values to paste into a platform, and the platforms registered. */
    void configuration(Context ctx) {
        ctx.json(new Responses.LtiConfiguration(Responses.ToolUrlsView.of(urls(ctx)),
                tool.platforms().stream().map(Responses.PlatformView::of).toList()));
    }

    void register(Context ctx) {
        Requests.LtiPlatform body = bodies.read(ctx, Requests.LtiPlatform.class);
        Registration registration = Registration.of(body.issuer(), body.clientId(),
                body.deploymentIds() == null ? List.of() : body.deploymentIds(), body.authEndpoint(),
                body.tokenEndpoint(), body.jwksUrl());
        Platform platform = tool.register(registration, SessionGuard.session(ctx).user().username());
        ctx.status(HttpStatus.CREATED).json(Responses.PlatformView.of(platform));
    }

    /** The instructor's picks for a deep-linking request: the signed response and where the page posts it. */
    void answerDeepLinking(Context ctx) {
        Requests.DeepLinkPicks body = bodies.read(ctx, Requests.DeepLinkPicks.class);
        DeepLinks.Response response = tool.answerDeepLinking(ctx.pathParam("id"),
                SessionGuard.session(ctx).user().username(), body.exercises() == null ? List.of() : body.exercises(),
                body.sections() == null ? List.of() : body.sections(), urls(ctx));
        ctx.json(new Responses.DeepLinkResponse(response.returnUrl().toString(), response.jwt()));
    }

    /** The site's public address when set, else the one this request reached, as the platform sees it. */
    private ToolUrls urls(Context ctx) {
        return ToolUrls.under(URI.create(publicUrl.isEmpty() ? ctx.scheme() + "://" + ctx.host() : publicUrl));
    }

    private static String param(Context ctx, String name) {
        return ctx.method() == HandlerType.POST ? formParam(ctx, name) : ctx.queryParam(name);
    }

    /**
     * A field of the platform's form post (OIDC form_post: URL-encoded). Any other body has no fields, and
     * the refusal names the missing one; a form the parser cannot read is the caller's fault, a 400.
     */
    private static String formParam(Context ctx, String name) {
        if (!FORM.equalsIgnoreCase(String.valueOf(ctx.contentType()).split(";", 2)[0].trim())) return null;
        try {
            return ctx.formParam(name);
        } catch (RuntimeException e) {
            if (InputFault.find(e).isPresent()) throw e;
            throw new BadRequestResponse("malformed form: send the fields URL-encoded");
        }
    }

    private static void refuse(Context ctx, String step, Checked.Refused<?> refused) {
        Refusal refusal = refused.refusal();
        LOG.warn("LTI {} refused from {}: {} ({})", step, ctx.ip(), refusal,
                refused.detail().replaceAll(CONTROL, " "));
        ctx.status(refusal.status()).contentType("text/html; charset=utf-8").result(RefusalPage.of(refusal));
    }
}

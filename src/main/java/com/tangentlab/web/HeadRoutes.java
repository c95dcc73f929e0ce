package com.tangentlab.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.util.List;

/**
 * Javalin answers HEAD for a GET route by itself, without the route's roles, so the session
 * guard would see no role and let any signed-in user through. Each GET route gets a HEAD route
 * with the same handler and the same roles instead; Jetty sends no body for HEAD.
 */
final class HeadRoutes {
    private HeadRoutes() {}

    static void mirrorGets(Javalin app) {
        List<Endpoint> gets = app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.getEndpoint()).filter(e -> e.getMethod() == HandlerType.GET).toList();
        for (Endpoint get : gets) app.head(get.getPath(), get.getHandler(), get.getRoles().toArray(RouteRole[]::new));
    }
}

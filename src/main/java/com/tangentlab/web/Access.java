package com.tangentlab.web;

import io.javalin.security.RouteRole;

/** Who may call a route; every API route names one. */
enum Access implements RouteRole {
    /** No session needed: signing in. */
    ANYONE,
    /** Any signed-in account. */
    SIGNED_IN,
    /** Instructors only: students get 403. */
    INSTRUCTOR
}

package com.tangentlab.web;

import io.javalin.security.RouteRole;

/** Who may call a route; every API route names one. */
enum Access implements RouteRole {
    /** No session needed: signing in. */
    ANYONE,
    /** Any signed-in account. */
    SIGNED_IN,
    /** The current course's instructors and teaching assistants: its dashboards, read only. */
    STAFF,
    /** The current course's instructors: changing it (settings, roster, grades); others get 403. */
    INSTRUCTOR,
    /**
     * Instructor accounts, whatever the current course: what concerns the whole site, creating a course of
     * one's own or registering a learning platform. A launch from a platform never makes an account one.
     */
    COURSE_CREATOR
}

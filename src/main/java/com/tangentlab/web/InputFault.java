package com.tangentlab.web;

import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

/**
 * A failure that the request caused, however deep in a cause chain the body reader or Jetty's
 * parser put it: answered with a 4xx and one log line at most, never as a server fault.
 *
 * @param status  the HTTP status
 * @param message for the caller; names no Java class
 */
record InputFault(int status, String message) {
    /** How deep a chain is searched: Jetty and Javalin wrap a few times, never dozens. */
    private static final int MAX_CAUSES = 16;

    static Optional<InputFault> find(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof BodyFault body) return Optional.of(new InputFault(body.status(), body.getMessage()));
            if (t instanceof BadMessageException bad) {
                return Optional.of(new InputFault(bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400,
                        "malformed request: " + (bad.getReason() == null ? "bad message" : bad.getReason())));
            }
            if (t instanceof EofException) {
                return Optional.of(new InputFault(400, "the request body ended before it was complete"));
            }
        }
        return Optional.empty();
    }
}

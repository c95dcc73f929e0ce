package com.tangentlab.lti;

/**
 * What checking a login or a launch came to: the value, or the refusal with its details for the log. A
 * refused launch is an expected outcome (a stale link, a misconfigured platform), not an exception.
 */
public sealed interface Checked<T> {
    record Accepted<T>(T value) implements Checked<T> {}

    /** {@code detail} names the claim and the values involved, for the log, never for the page. */
    record Refused<T>(Refusal refusal, String detail) implements Checked<T> {}

    static <T> Checked<T> refused(Refusal refusal, String detail) {
        return new Refused<>(refusal, detail);
    }
}

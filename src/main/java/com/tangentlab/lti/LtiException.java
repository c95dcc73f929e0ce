package com.tangentlab.lti;

/** An administrator's request about platforms that cannot be carried out, with the reason in words. */
public final class LtiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: a bad field, a platform registered already, or one that does not exist. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;

    public LtiException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

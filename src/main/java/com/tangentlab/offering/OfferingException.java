package com.tangentlab.offering;

/** A request about offerings that cannot be carried out, with a message for the person who made it. */
public final class OfferingException extends RuntimeException {
    /** Why, so that the web layer can choose the HTTP status. */
    public enum Reason { INVALID, NOT_FOUND }

    private final Reason reason;

    public OfferingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package com.tangentlab.account;

/** A request about accounts that cannot be carried out, with a message for the person who made it. */
public final class AccountException extends RuntimeException {
    /** Why, so that the web layer can choose the HTTP status. */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND, WRONG_PASSWORD, GONE }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package com.tangentlab.ags;

/** A platform's Assignment and Grade Services could not be reached or refused the tool; the message says how. */
public final class AgsException extends RuntimeException {
    public AgsException(String message) {
        super(message);
    }

    public AgsException(String message, Throwable cause) {
        super(message, cause);
    }
}

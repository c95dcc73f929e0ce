package com.tangentlab.submit;

/** Not accepted now, and nothing was stored: the grading queue is full or the user submits too often. */
public final class BusyException extends RuntimeException {
    private final long retryAfterSeconds;

    public BusyException(long retryAfterSeconds, String why) {
        super("busy, retry in " + retryAfterSeconds + " s (" + why + ")");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package com.tangentlab.web;

import java.io.IOException;

/**
 * Reading a request body failed because of the body itself: it passed the size limit (413), or
 * it is malformed (a bad chunk size) or ended before its declared end (400). Thrown to whoever
 * reads the body, and answered with its status.
 */
final class BodyFault extends IOException {
    private final int status;

    private BodyFault(int status, String message) {
        super(message);
        this.status = status;
    }

    static BodyFault tooLarge(long maxBytes) {
        return new BodyFault(413, tooLargeMessage(maxBytes));
    }

    static BodyFault malformed(String problem) {
        return new BodyFault(400, "malformed request body: " + problem);
    }

    static String tooLargeMessage(long maxBytes) {
        return "the request body is larger than the limit of " + maxBytes + " bytes";
    }

    int status() {
        return status;
    }

    /** A stack trace would only say where the body was read; the message says it all. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

package com.tangentlab.web;

import java.io.IOException;

/** A request body passed the size limit while it was being read; answered with 413. */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long maxBytes) {
        super(message(maxBytes));
    }

    static String message(long maxBytes) {
        return "the request body is larger than the limit of " + maxBytes + " bytes";
    }

    /** A stack trace would only say where the body was read; the message says it all. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

package com.tangentlab.agent;

import java.io.IOException;

/** A payload that does not follow the wire format: forged, truncated or corrupt. The message names what broke. */
public final class WireFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    WireFormatException(String message) {
        super(message);
    }
}
